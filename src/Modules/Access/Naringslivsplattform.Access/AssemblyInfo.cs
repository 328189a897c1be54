using System.Resources;

[assembly: NeutralResourcesLanguage("sv-SE")]
[assembly: JasperFx.JasperFxAssembly]
