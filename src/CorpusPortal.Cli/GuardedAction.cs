using System.CommandLine;
using System.CommandLine.Invocation;
using CorpusPortal.Corpus;

namespace CorpusPortal.Cli;

/// <summary>Turns a corpus file that cannot be read into a one-line message and exit code 2, not a stack trace.</summary>
internal sealed class GuardedAction(SynchronousCommandLineAction inner, CliConsole console) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        try
        {
            return inner.Invoke(parseResult);
        }
        catch (CorpusFormatException e)
        {
            return console.Refuse(e.Message);
        }
        catch (IOException e)
        {
            return console.Refuse(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return console.Refuse(e.Message);
        }
    }
}
