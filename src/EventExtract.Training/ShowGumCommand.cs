using EventExtract.Training.Corpora;

namespace EventExtract.Training;

/// <summary>Prints a GUM Wikinews article (see <see cref="ShowConlluArticleCommand"/>).</summary>
internal sealed class ShowGumCommand : ShowConlluArticleCommand
{
    public override string Name => "show-gum";

    public override string Description => "show-gum [docId] [--raw] [--find PHRASE]: GUM news text with sentence offsets";

    protected override IReadOnlyList<string> Ids() => GumArticles.Ids();

    protected override ConlluArticle Load(string id) => GumArticles.Load(id);
}
