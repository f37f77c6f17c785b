using System.Globalization;
using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>
/// BibTeX entries as they come from arXiv, Google Scholar, DBLP, publishers and reference managers, and the
/// entry fields each becomes. Each case is a .bib snippet and the paper described one field a line.
/// </summary>
public sealed class BibTexImportTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "arXiv's own export (@misc, eprint, archivePrefix)",
            """
            @misc{zhu2023learning,
                  title={Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood},
                  author={Yaxuan Zhu and Jianwen Xie and Ying Nian Wu and Ruiqi Gao},
                  year={2023},
                  eprint={2309.05153},
                  archivePrefix={arXiv},
                  primaryClass={stat.ML}
            }
            """,
            """
            title: Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood
            authors: Yaxuan Zhu | Jianwen Xie | Ying Nian Wu | Ruiqi Gao
            arxiv: 2309.05153
            """
        },
        {
            "a versioned eprint loses its version",
            "@misc{k, title = {T}, eprint = {arXiv:2309.05153v3}, archiveprefix = {arXiv}}",
            "title: T\narxiv: 2309.05153"
        },
        {
            "an old-style id",
            "@misc{k, title = {T}, eprint = {hep-th/9901001}, eprinttype = {arxiv}}",
            "title: T\narxiv: hep-th/9901001"
        },
        {
            "Google Scholar (journal = arXiv preprint)",
            "@article{k, title={T}, author={Gao, Ruiqi and others}, journal={arXiv preprint arXiv:2309.05153}, year={2023}}",
            "title: T\nauthors: Ruiqi Gao | (and others)\narxiv: 2309.05153"
        },
        {
            "DBLP (CoRR with eprinttype)",
            """
            @article{DBLP:journals/corr/abs-2309-05153,
              author     = {Yaxuan Zhu and
                            Jianwen Xie},
              title      = {Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood},
              journal    = {CoRR},
              volume     = {abs/2309.05153},
              year       = {2023},
              url        = {https://doi.org/10.48550/arXiv.2309.05153},
              doi        = {10.48550/ARXIV.2309.05153},
              eprinttype = {arXiv},
              eprint     = {2309.05153}
            }
            """,
            """
            title: Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood
            authors: Yaxuan Zhu | Jianwen Xie
            arxiv: 2309.05153
            doi: 10.48550/ARXIV.2309.05153
            """
        },
        {
            "an arxiv.org URL",
            "@online{k, title = {T}, url = {https://arxiv.org/abs/2212.02846v2}}",
            "title: T\narxiv: 2212.02846"
        },
        {
            "arXiv's DOI alone",
            "@misc{k, title = {T}, doi = {https://doi.org/10.48550/arXiv.2212.02846}}",
            "title: T\narxiv: 2212.02846\ndoi: 10.48550/arXiv.2212.02846"
        },
        {
            "a publisher's @article with DOI, month macro and accents",
            """
            @article{PhysRevE.108.014309,
              title = {Statistical mechanics of continual learning: Variational principle and mean-field potential},
              author = {Li, Chan and Huang, Zhenye and Zou, Wenxuan and Huang, Haiping},
              journal = {Phys. Rev. E},
              volume = {108},
              issue = {1},
              pages = {014309},
              numpages = {17},
              year = {2023},
              month = {Jul},
              publisher = {American Physical Society},
              doi = {10.1103/PhysRevE.108.014309},
              url = {https://link.aps.org/doi/10.1103/PhysRevE.108.014309}
            }
            """,
            """
            title: Statistical mechanics of continual learning: Variational principle and mean-field potential
            authors: Chan Li | Zhenye Huang | Wenxuan Zou | Haiping Huang
            doi: 10.1103/PhysRevE.108.014309
            venue: Phys. Rev. E 108(1), 014309 (2023) [journal; American Physical Society]
            """
        },
        {
            "accents in names and title",
            """
            @article{momeni2023,
              title = {Backpropagation-free Training of Deep Physical Neural Networks},
              author = {Momeni, Ali and Rahmani, Babak and Mall{\'e}jac, Matthieu and del Hougne, Philipp and Fleury, Romain},
              journal = {Science},
              volume = {382},
              year = {2023},
              doi = {10.1126/science.adi8474}
            }
            """,
            """
            title: Backpropagation-free Training of Deep Physical Neural Networks
            authors: Ali Momeni | Babak Rahmani | Matthieu Malléjac | Philipp del Hougne | Romain Fleury
            doi: 10.1126/science.adi8474
            venue: Science 382 (2023) [journal]
            """
        },
        {
            "@inproceedings: booktitle and year as venue, GitHub URL as code",
            """
            @InProceedings{zhu2024cdrl,
              author    = {Zhu, Yaxuan and Xie, Jianwen and Wu, Ying Nian and Gao, Ruiqi},
              title     = {{Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood}},
              booktitle = {ICLR},
              year      = 2024,
              url       = {https://github.com/AlvinZhuyx/CDRL}
            }
            """,
            """
            title: Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood
            authors: Yaxuan Zhu | Jianwen Xie | Ying Nian Wu | Ruiqi Gao
            venue: ICLR (2024) [conference]
            code: https://github.com/AlvinZhuyx/CDRL
            """
        },
        {
            "a booktitle that names its year keeps it once",
            "@inproceedings{k, title = {T}, booktitle = {Proceedings of ICML 2023}, year = {2023}}",
            "title: T\nvenue: Proceedings of ICML 2023 [conference]"
        },
        {
            "a full date becomes published (biblatex date)",
            "@article{k, title = {T}, date = {2023-09-10}}",
            "title: T\npublished: 2023-09-10"
        },
        {
            "year, month and day become published",
            "@article{k, title = {T}, year = 2021, month = nov, day = {25}}",
            "title: T\npublished: 2021-11-25"
        },
        {
            "year and month alone are not a day",
            "@article{k, title = {T}, year = 2021, month = nov}",
            "title: T"
        },
        {
            "a preprint server is not a venue",
            "@article{k, title = {T}, journal = {bioRxiv preprint}, year = {2024}}",
            "title: T"
        },
        {
            "TeX in the title, @string journal, code in a note",
            """
            @string{jsp = "Journal of Statistical Physics"}
            @article{k,
              title = {Replica symmetry breaking in {\em dense} {H}opfield networks: the $p$-spin case --- revisited},
              author = {Alemanno, Francesco and Barra, Adriano},
              journal = jsp,
              year = {2022},
              note = {Code at \url{https://github.com/example/rsb\_dense}}
            }
            """,
            """
            title: Replica symmetry breaking in dense Hopfield networks: the $p$-spin case — revisited
            authors: Francesco Alemanno | Adriano Barra
            venue: Journal of Statistical Physics (2022) [journal]
            code: https://github.com/example/rsb_dense
            """
        },
        {
            "a PDF URL that is not arXiv's becomes the pdf link",
            "@techreport{k, title = {T}, url = {https://example.org/reports/t.pdf}}",
            "title: T\npdf: https://example.org/reports/t.pdf"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_kind_of_entry_becomes_these_fields(string what, string bib, string expected)
    {
        var result = BibTexImport.Read(bib, "refs.bib");

        Assert.True(result.Diagnostics.IsEmpty, $"{what}: " + string.Join("\n", result.Diagnostics));
        var paper = Assert.Single(result.Papers);
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), Describe(paper));
    }

    [Fact]
    public void An_entry_without_a_title_is_an_error_and_the_others_are_kept()
    {
        var result = BibTexImport.Read("@misc{notitle, author = {A}}\n@misc{ok, title = {OK}}\n", "refs.bib");

        Assert.Equal("refs.bib:1:1: error PD0720: @misc{notitle} has no title; it was not imported", Assert.Single(result.Diagnostics).ToString());
        Assert.Equal("OK", Assert.Single(result.Papers).Title);
    }

    [Fact]
    public void A_bad_doi_or_eprint_is_left_out_with_a_warning_at_its_field()
    {
        var result = BibTexImport.Read("@misc{k,\n  title = {T},\n  doi = {not a doi},\n  eprint = {12345}, archivePrefix = {arXiv}\n}", "refs.bib");

        Assert.Equal(
            [
                "refs.bib:3:3: warning PD0721: 'not a doi' in @misc{k} is not a DOI; a DOI looks like 10.1103/PhysRevE.108.014309. It was left out",
                "refs.bib:4:3: warning PD0721: '12345' in @misc{k} is not an arXiv id; write it as 2309.05153 (optionally with a version, 2309.05153v2) or hep-th/9901001. It was left out",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        var paper = Assert.Single(result.Papers);
        Assert.Null(paper.Doi);
        Assert.Null(paper.Arxiv);
    }

    [Fact]
    public void A_file_without_entries_is_an_error()
    {
        var result = BibTexImport.Read("just some notes\n", "notes.bib");
        Assert.Equal("notes.bib:1:1: error PD0700: no BibTeX entries found; an entry looks like @article{key, title = {...}, author = {...}}",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void The_sample_file_of_four_papers_reads_completely()
    {
        var path = Path.Combine(RepoPaths.TestFiles, "Scaffolding", "four-papers.bib");
        var result = BibTexImport.Read(File.ReadAllText(path), "four-papers.bib");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["2309.05153", "ho2020denoising", "2011.13456", "10.1103/RevModPhys.91.045002"], result.Papers.Select(p => p.Label));
        var carleo = result.Papers[3];
        Assert.Equal("Lenka Zdeborová", carleo.Authors[^1]);
        Assert.Equal(8, carleo.Authors.Count);
        Assert.Equal("Reviews of Modern Physics 91(4), 045002 (2019)", carleo.Venue!.Text);
        Assert.Null(carleo.Published);
    }

    internal static string Describe(ImportedPaper paper)
    {
        var lines = new List<string> { $"title: {paper.Title}" };
        if (!paper.Authors.IsEmpty)
        {
            lines.Add("authors: " + string.Join(" | ", paper.Authors.Incomplete ? [.. paper.Authors.Names, "(and others)"] : paper.Authors.Names));
        }

        Add(lines, "arxiv", paper.Arxiv);
        Add(lines, "doi", paper.Doi);
        Add(lines, "published", paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(lines, "venue", paper.Venue is null ? null
            : paper.Venue.IsNameOnly ? paper.Venue.Name
            : $"{paper.Venue.Text} [{paper.Venue.Kind?.ToString().ToLowerInvariant()}{(paper.Venue.Publisher is null ? "" : "; " + paper.Venue.Publisher)}]");
        Add(lines, "code", paper.Code?.AbsoluteUri);
        Add(lines, "pdf", paper.Pdf?.AbsoluteUri);
        return string.Join("\n", lines);
    }

    private static void Add(List<string> lines, string key, string? value)
    {
        if (value is not null)
        {
            lines.Add($"{key}: {value}");
        }
    }
}
