using System.Resources;

[assembly: NeutralResourcesLanguage("nb-NO")]
