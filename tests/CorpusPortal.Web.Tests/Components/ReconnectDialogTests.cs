using Bunit;
using CorpusPortal.Web.Components.Circuits;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>The dialog blazor.web.js shows while a circuit's connection is lost: found by its id, in the reader's language.</summary>
public sealed class ReconnectDialogTests : BunitContext
{
    [Theory]
    [InlineData("tr", "Sunucuyla bağlantı koptu. Yeniden bağlanılıyor…", "Yeniden dene")]
    [InlineData("en", "The connection to the server was lost. Reconnecting…", "Try again")]
    public void It_speaks_the_interface_language(string language, string retrying, string retry)
    {
        var dialog = Render<ReconnectDialog>(parameters => parameters.Add(p => p.Language, language));

        Assert.Equal(retrying, dialog.Find("#components-reconnect-modal .when-retrying").TextContent);
        Assert.Equal(retry, dialog.Find("button[data-reconnect=retry]").TextContent);
        Assert.Equal("alertdialog", dialog.Find("#components-reconnect-modal").GetAttribute("role"));
    }

    [Fact]
    public void Every_state_the_framework_sets_has_a_message()
    {
        var dialog = Render<ReconnectDialog>(parameters => parameters.Add(p => p.Language, "en"));

        foreach (var state in new[] { "retrying", "failed", "paused", "rejected" })
        {
            Assert.False(string.IsNullOrWhiteSpace(dialog.Find($"#reconnect-message .when-{state}").TextContent), state);
        }
    }
}
