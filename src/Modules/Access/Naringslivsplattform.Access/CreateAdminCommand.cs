using JasperFx.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access;

public sealed class CreateAdminInput : NetCoreInput
{
    [Description("User name of the administrator (3–64 characters: a–z, 0–9, . _ @ -)")]
    public string UserName { get; set; } = "";

    [Description("Display name, e.g. \"Anna Andersson\"")]
    [FlagAlias("name", 'n')]
    public string DisplayNameFlag { get; set; } = "";

    [Description("Municipality (kommunkod); default the configured default municipality")]
    [FlagAlias("municipality", 'm')]
    public string MunicipalityFlag { get; set; } = "";
}

/// <summary>
/// Creates the first administrator. The password is read from NARINGSLIV_ADMIN_PASSWORD or typed at
/// the prompt; there is no default password.
/// </summary>
[Description("Creates a local administrator account (the first one, or another)", Name = "create-admin")]
public sealed class CreateAdminCommand : JasperFxAsyncCommand<CreateAdminInput>
{
    public const string PasswordVariable = "NARINGSLIV_ADMIN_PASSWORD";

    public CreateAdminCommand() => Usage("Create an administrator").Arguments(x => x.UserName);

    public override async Task<bool> Execute(CreateAdminInput input)
    {
        // Services only: the web server, the seed import and messaging are not started for this.
        using var host = input.BuildHost();
        var municipality = string.IsNullOrEmpty(input.MunicipalityFlag)
            ? host.Services.GetRequiredService<IConfiguration>()["Tenancy:DefaultMunicipalityCode"] ?? ""
            : input.MunicipalityFlag;
        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? ReadPassword();
        var displayName = string.IsNullOrWhiteSpace(input.DisplayNameFlag) ? input.UserName : input.DisplayNameFlag;
        var (accountId, error) = await host.Services.GetRequiredService<AccessProvisioning>()
            .CreateLocalAccountAsync(municipality, input.UserName, displayName, password, [PlatformRoles.Administrator], "system:create-admin");
        Console.WriteLine(error is null
            ? $"Administratören {input.UserName} skapades för kommun {municipality} (konto {accountId})."
            : $"Kontot skapades inte: {error}");
        return error is null;
    }

    private static string ReadPassword()
    {
        Console.Write("Lösenord (minst 12 tecken): ");
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}
