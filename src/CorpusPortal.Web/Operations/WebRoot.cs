using Microsoft.Extensions.FileProviders;

namespace CorpusPortal.Web.Operations;

/// <summary>
/// Where the portal's own files (stylesheet, scripts) are served from, whatever the content root: published output
/// keeps them in <c>wwwroot</c> beside the portal's dll, and a service manager may start it with any working
/// directory or content root. When the content root has no <c>wwwroot</c>, the one beside the dll is used. (A build's
/// output needs nothing: its static web assets manifest names the project's own folder.)
/// </summary>
public static class WebRoot
{
    public static void Locate(IWebHostEnvironment environment)
    {
        if (environment.WebRootPath is { } configured && Directory.Exists(configured))
        {
            return;
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(beside))
        {
            environment.WebRootPath = beside;
            environment.WebRootFileProvider = new PhysicalFileProvider(beside);
        }
    }
}
