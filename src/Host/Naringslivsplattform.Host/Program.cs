using JasperFx;
using Mediator;
using MudBlazor;
using MudBlazor.Services;
using Naringslivsplattform.Access;
using Naringslivsplattform.BuildingBlocks.Commands;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Ui;
using Naringslivsplattform.Clusters;
using Naringslivsplattform.Companies;
using Naringslivsplattform.Evaluation;
using Naringslivsplattform.Host.Components;
using Naringslivsplattform.Host.Composition;
using Naringslivsplattform.ProcessPlan;
using Naringslivsplattform.Schools;
using Naringslivsplattform.YoungEnterprise;
using Scalar.AspNetCore;
using Wolverine;

var modules = HostModules.All;
var builder = WebApplication.CreateBuilder(args);

// ./run starts from the build output in Production: serve the static web assets (Blazor's and
// MudBlazor's scripts) from the build's manifest there too; a published app has them in wwwroot.
builder.WebHost.UseStaticWebAssets();

// One megabyte is far above any form or JSON body the product takes.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1_048_576);

builder.Services.AddSingleton(modules);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddEventStore(builder.Configuration, modules);
builder.Host.UseWolverine(options => options.ConfigureMessaging(modules));
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(AccessModule), typeof(ProcessPlanModule), typeof(CompaniesModule), typeof(ClustersModule), typeof(SchoolsModule), typeof(YoungEnterpriseModule), typeof(EvaluationModule)];

    // Outermost first: every command is logged by name with its operation context, then its input is checked.
    options.PipelineBehaviors = [typeof(CommandLogging<,>), typeof(InputValidation<,>)];
});
foreach (var module in modules)
{
    module.AddServices(builder.Services, builder.Configuration);
}

builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsDefaults.Apply);
builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Näringslivsplattform – API";
    document.Info.Description = "Processplanen och dess aktiviteter för kommunens intranät. Anropa med en API-nyckel i rubriken Authorization: ApiKey <nyckel> (eller X-Api-Key). Nyckeln bestämmer kommunen.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks()
    .AddNpgSql(builder.Configuration.GetConnectionString(EventStoreOptions.ConnectionStringName)!, name: "postgresql");
builder.Services.AddPlatformRateLimiting(builder.Configuration);
builder.Services.AddReverseProxySupport(builder.Configuration);
builder.Services.AddLocalization();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddTransient<MudLocalizer, SwedishMudLocalizer>();

var app = builder.Build();
if (ReverseProxy.IsConfigured(app.Configuration))
{
    app.UseForwardedHeaders();
}

// A request the framework rejects by throwing (a malformed body, a missing antiforgery token, a body
// over the limit: Development throws these) keeps its 4xx status rather than becoming a 500.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = exception => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    },
});
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

// Pages get a Swedish status page ("Sidan finns inte", "För många försök", …); the API keeps
// problem details for bare status codes.
app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseSecurityHeaders();
app.UseRequestLocalization(options => options
    .SetDefaultCulture("sv-SE")
    .AddSupportedCultures("sv-SE")
    .AddSupportedUICultures("sv-SE"));

app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapScalarApiReference("/api/docs", options => options.WithTitle("Näringslivsplattform – API")).AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();

var api = app.MapGroup("/api/v1").AddEndpointFilter<MunicipalityHeaderFilter>().RequireRateLimiting(RateLimits.Api);
foreach (var module in modules)
{
    module.MapEndpoints(app, api);
}

app.MapStaticAssets().AllowAnonymous();

// Unknown addresses are a 404 for everyone (the Swedish not-found page, or problem details under
// /api), rather than falling to the deny-all fallback policy.
app.MapFallback(() => Results.NotFound()).AllowAnonymous();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies([.. modules.Select(m => m.PagesAssembly).Distinct()])
    .RequireAuthorization(PlatformPolicies.Read);

// A leading verb (projections, db-apply, create-admin, …) runs a command; flags alone start the app,
// so ASP.NET's own --key=value settings never reach the JasperFx parser.
if (args is [var verb, ..] && !verb.StartsWith('-'))
{
    return await app.RunJasperFxCommands(args);
}

await app.RunAsync();
return 0;
