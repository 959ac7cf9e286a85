using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CorpusPortal.Web.Security;

/// <summary>
/// Where the keys that sign editor cookies and antiforgery tokens live: <c>data/keys/</c>, a folder only the portal's
/// user can open (mode 700), so they survive restarts and are not left in a home folder. When a certificate is
/// configured (<c>DataProtection:Certificate</c>, a PFX file, with <c>DataProtection:CertificatePassword</c>) the keys
/// are also encrypted with it; without one, they are protected by the folder's permissions only.
/// </summary>
public static class KeyStorage
{
    public static IServiceCollection AddKeyStorage(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "keys");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var protection = services.AddDataProtection().SetApplicationName("CorpusPortal").PersistKeysToFileSystem(new DirectoryInfo(folder));
        if (configuration["DataProtection:Certificate"] is { Length: > 0 } certificate)
        {
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, configuration["DataProtection:CertificatePassword"]));
        }
        return services;
    }
}
