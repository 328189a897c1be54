using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>A Host of its own whose logs are all kept, for what every command passes on its way to its handler.</summary>
public sealed class CommandPipelineApp(DatabaseFixture database) : IAsyncLifetime
{
    private PlatformApp _platform = null!;

    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await database.Server.CreateDatabaseAsync("command_pipeline");
        _platform = new PlatformApp(ConnectionString);
        App = _platform.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging
            .AddProvider(Logs)
            .AddFilter<CapturedLogs>(null, LogLevel.Information)));
    }

    public async ValueTask DisposeAsync() => await _platform.DisposeAsync();
}

/// <summary>The mediator's pipeline (ADR 0015): every command's text is checked, and every command is logged by name with who, where and under which correlation.</summary>
public sealed class CommandPipelineTests(CommandPipelineApp app) : IClassFixture<CommandPipelineApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Råd\u0000i mars")]
    [InlineData("Råd\u0007i mars")]
    [InlineData("Råd\u001bi mars")]
    public async Task A_control_character_anywhere_in_a_commands_text_is_refused_before_any_rule_and_appends_nothing(string title)
    {
        var planner = await app.App.ClientWithNewKeyAsync("2462", "read-write");
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        var before = (await EventRows.ReadAllAsync(app.ConnectionString)).Count;

        var inTitle = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", Meeting(title, "Anna Andersson"), Ct);
        var deepInAList = await planner.PostAsJsonAsync("/api/v1/companies", new
        {
            organisationNumber = "556016-0680", name = "Fjällbygg AB", sniCodes = new[] { "41200", title }, locality = "Vilhelmina", sizeClass = "1-4",
        }, Ct);

        foreach (var refused in new[] { inTitle, deepInAList })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
            Assert.Equal("input.control-characters", (string?)problem["code"]);
            Assert.StartsWith("Texten innehåller osynliga styrtecken", (string?)problem["title"], StringComparison.Ordinal);
        }

        Assert.Equal(before, (await EventRows.ReadAllAsync(app.ConnectionString)).Count);
    }

    [Fact]
    public async Task Line_breaks_and_tabs_are_text_a_person_types_and_pass()
    {
        var planner = await app.App.ClientWithNewKeyAsync("2462", "read-write");
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

        var planned = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", Meeting("Råd i mars", "Anna Andersson") with { Description = "Första raden\r\n\tandra raden" }, Ct);

        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
    }

    [Fact]
    public async Task Every_command_is_logged_by_name_with_the_user_the_municipality_the_correlation_id_and_how_it_ended()
    {
        var planner = await app.App.ClientWithNewKeyAsync("2462", "read-write");
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

        var planned = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", Meeting("Råd i april", "Anna Andersson"), Ct);
        var refused = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", Meeting("Råd i april", " "), Ct);
        var actionId = (string)(await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;

        var correlation = (await EventRows.ReadAllAsync(app.ConnectionString)).Single(e => e.StreamId == Guid.Parse(actionId)).CorrelationId;
        var lines = app.Logs.Entries.Where(e => e.Contains("Command PlanNewAction by api-nyckel:", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains($"in 2462 ({correlation}): done", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("): action.responsible-invalid", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    private static ActionRequest Meeting(string title, string responsible) => new("1.1", "BusinessCouncilMeeting", title, "2024-03-12", "Vilhelmina", responsible, null);

    private sealed record ActionRequest(string ActivityCode, string Kind, string Title, string PlannedFrom, string Locality, string ResponsibleOfficial, string? Description);
}
