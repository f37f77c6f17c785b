using PaperDigest.Emitting;

namespace PaperDigest.Figures;

/// <summary>
/// Each paper's figures as the files the pages show (<see cref="FigureRenditions"/>), in <c>/papers/&lt;slug&gt;/figures/</c>.
/// A figure's files are made from its bytes and the sizes asked of it, so an unchanged figure is neither read nor
/// decoded again. A digest without figures costs nothing here.
/// </summary>
internal sealed class FigureFiles : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var jobs = new List<FigureMaker.Job>();
        foreach (var rendered in context.Model.Papers)
        {
            var figures = rendered.Shown.Figures;
            for (var i = 0; i < figures.Length; i++)
            {
                jobs.Add(new FigureMaker.Job(figures[i], FigureRenditions.For(rendered.Paper.Slug, figures[i], i == 0)));
            }
        }

        if (jobs.Count == 0)
        {
            return default;
        }

        var output = context.Output;
        Parallel.ForEach(jobs, job => output.Files([.. job.Renditions.All.Select(r => r.Path.TrimStart('/'))], job, static job => FigureMaker.Make(job)));
        return default;
    }
}
