using JasperFx;
using Mediator;
using MudBlazor.Services;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.Host.Components;
using Naringslivsplattform.Host.Composition;
using Naringslivsplattform.ProcessPlan;
using Scalar.AspNetCore;
using Wolverine;

var modules = HostModules.All;
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(modules);
builder.Services.AddEventStore(builder.Configuration, modules);
builder.Host.UseWolverine(options => options.ConfigureMessaging(modules));
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(ProcessPlanModule)];
});
foreach (var module in modules)
{
    module.AddServices(builder.Services, builder.Configuration);
}

builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsDefaults.Apply);
builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Näringslivsplattform – API";
    document.Info.Description = "Processplanen och dess aktiviteter för kommunens intranät. Välj kommun med rubriken X-Municipality-Code (kommunkod, fyra siffror); utan den gäller standardkommunen.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks()
    .AddNpgSql(builder.Configuration.GetConnectionString(EventStoreOptions.ConnectionStringName)!, name: "postgresql");
builder.Services.AddLocalization();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();

app.UseExceptionHandler();
// Pages get the Swedish "Sidan finns inte" page; the API keeps problem details for bare status codes.
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseRequestLocalization(options => options
    .SetDefaultCulture("sv-SE")
    .AddSupportedCultures("sv-SE")
    .AddSupportedUICultures("sv-SE"));

app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/api/docs", options => options.WithTitle("Näringslivsplattform – API"));
app.MapHealthChecks("/health");

var api = app.MapGroup("/api/v1").AddEndpointFilter<MunicipalityHeaderFilter>();
foreach (var module in modules)
{
    module.MapEndpoints(api);
}

app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies([.. modules.Select(m => m.PagesAssembly).Distinct()]);

// A leading verb (projections, db-apply, describe, …) runs a Critter Stack command; flags alone start the app,
// so ASP.NET's own --key=value settings never reach the JasperFx parser.
if (args is [var verb, ..] && !verb.StartsWith('-'))
{
    return await app.RunJasperFxCommands(args);
}

await app.RunAsync();
return 0;
