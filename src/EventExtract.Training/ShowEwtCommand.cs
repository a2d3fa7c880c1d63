using EventExtract.Training.Corpora;

namespace EventExtract.Training;

/// <summary>Prints a UD EWT weblog or newsgroup document (see <see cref="ShowConlluArticleCommand"/>).</summary>
internal sealed class ShowEwtCommand : ShowConlluArticleCommand
{
    public override string Name => "show-ewt";

    public override string Description => "show-ewt [docId] [--raw] [--find PHRASE]: UD EWT weblog/newsgroup text with sentence offsets";

    protected override IReadOnlyList<string> Ids() => EwtArticles.Ids();

    protected override ConlluArticle Load(string id) => EwtArticles.Load(id);
}
