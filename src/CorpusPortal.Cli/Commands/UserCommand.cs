using System.CommandLine;
using CorpusPortal.Accounts;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>user add &lt;name&gt; [--data DIR] [--replace]</c>: creates an editor account. The password is read from
/// standard input (one line, at least 12 characters), never from the command line, so it stays out of shell
/// history and process lists. There is no default account. A new password (<c>--replace</c>) ends the editor's
/// sign-ins; <c>user remove &lt;name&gt;</c> removes the account and ends them too.
/// </summary>
internal static class UserCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "The editor's user name" };
        var data = CommonOptions.Data();
        var replace = new Option<bool>("--replace") { Description = "Set a new password for an existing user" };
        var add = new Command("add", "Create an editor account (the password is read from standard input)") { name, data, replace };
        add.SetAction(result =>
        {
            var user = result.GetValue(name)!;
            if (EditorAccounts.ProblemWithName(user) is { } badName)
            {
                return console.Refuse(badName);
            }
            if (!Console.IsInputRedirected && ReferenceEquals(console.In, Console.In))
            {
                console.Error.Write($"password for {user}: ");
            }
            var password = console.In.ReadLine() ?? "";
            var accounts = new EditorAccounts(result.GetValue(data)!);
            if (accounts.Add(user, password, result.GetValue(replace)) is { } problem)
            {
                return console.Refuse(problem);
            }
            console.Out.WriteLine($"editor '{user}' saved in {accounts.Path}");
            return CliConsole.Ok;
        });
        var removeName = new Argument<string>("name") { Description = "The editor's user name" };
        var removeData = CommonOptions.Data();
        var remove = new Command("remove", "Remove an editor account; its sign-ins end at their next request") { removeName, removeData };
        remove.SetAction(result =>
        {
            var accounts = new EditorAccounts(result.GetValue(removeData)!);
            if (accounts.Remove(result.GetValue(removeName)!) is { } problem)
            {
                return console.Refuse(problem);
            }
            console.Out.WriteLine($"editor '{result.GetValue(removeName)}' removed from {accounts.Path}");
            return CliConsole.Ok;
        });
        return new Command("user", "Editor accounts") { add, remove };
    }
}
