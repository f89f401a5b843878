"""Loading: objects, files, folders and clusters files into articles."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.errors import EmptyInputError, InputError, LoadError
from summarize.load import (
    ARTICLE_KEYS,
    as_articles,
    is_clusters_file,
    load_articles,
    load_clusters,
)
from summarize.records import Article

# Text with at least one visible character; any Unicode, line breaks included.
texts = st.text(min_size=1, max_size=200).filter(lambda t: t.strip() != "")


def _jsonl(path: Path, *objects: object) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


# as_articles --------------------------------------------------------------------------


def test_strings_get_ids_by_position() -> None:
    articles = as_articles(["The dam held.", "Water rose overnight."])
    assert [(a.id, a.source, a.text) for a in articles] == [
        ("0", "0", "The dam held."),
        ("1", "1", "Water rose overnight."),
    ]


def test_mapping_with_every_field() -> None:
    (article,) = as_articles(
        [
            {
                "id": "x1",
                "text": "The dam held.",
                "source": "Valley Post",
                "title": "Dam holds",
                "url": "https://example.org/dam",
                "published": "2024-05-01",
            }
        ]
    )
    assert article == Article(
        id="x1",
        text="The dam held.",
        source="Valley Post",
        title="Dam holds",
        url="https://example.org/dam",
        published="2024-05-01",
    )


def test_kinds_can_be_mixed_and_articles_pass_through() -> None:
    given_article = Article(id="kept", text="A ferry sank.")
    articles = as_articles([given_article, "Crews searched.", {"text": "Two were saved."}])
    assert articles[0] is given_article
    assert [a.id for a in articles] == ["kept", "1", "2"]


def test_any_iterable_is_accepted() -> None:
    articles = as_articles(t for t in ["One.", "Two."])
    assert [a.text for a in articles] == ["One.", "Two."]


def test_unknown_key_is_named_with_the_valid_ones() -> None:
    with pytest.raises(InputError, match="unknown key 'body'") as caught:
        as_articles([{"text": "A ferry sank.", "body": "?"}])
    for key in ARTICLE_KEYS:
        assert key in str(caught.value)


def test_missing_text_key() -> None:
    with pytest.raises(
        InputError, match=r"^article 0 \('a'\) has no text; give it a 'text' string"
    ):
        as_articles([{"id": "a"}])
    with pytest.raises(InputError, match=r"^article 1 has no text"):
        as_articles(["A ferry sank.", {"source": "Gazette"}])


def test_regression_null_text_raised_a_bare_type_error() -> None:
    """``"text": None`` was dropped with the other nulls, and attrs raised TypeError."""
    with pytest.raises(InputError, match=r"^article 1 \('b'\) has no text; give it a 'text'"):
        as_articles([{"id": "a", "text": "A ferry sank."}, {"id": "b", "text": None}])
    with pytest.raises(InputError, match=r"^article 0 has no text"):
        as_articles([{"id": None, "text": None}])


def test_regression_null_text_in_clusters_file_raised_a_bare_type_error(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "sets.jsonl",
        {"id": "c1", "articles": ["A ferry sank."]},
        {"id": "c2", "articles": [{"id": "x", "text": None, "references": []}]},
    )
    clusters = load_clusters(path)
    assert next(clusters).id == "c1"
    with pytest.raises(InputError, match=r"line 2: article 0 \('x'\) has no text"):
        next(clusters)


def test_bytes_say_decode_first() -> None:
    with pytest.raises(InputError, match="decode it first"):
        as_articles([b"A ferry sank."])  # type: ignore[list-item]
    with pytest.raises(InputError, match="decode it first"):
        as_articles([{"text": b"A ferry sank."}])


@pytest.mark.parametrize("item", [None, 42, 3.5, ["nested"]])
def test_non_text_items_are_refused(item: object) -> None:
    with pytest.raises(InputError, match="article 0 is"):
        as_articles([item])  # type: ignore[list-item]


def test_non_string_text_in_mapping_is_refused() -> None:
    with pytest.raises(InputError, match="text must be a string"):
        as_articles([{"text": 12}])


def test_bare_string_says_wrap_it_in_a_list() -> None:
    with pytest.raises(InputError, match="wrap it in a list"):
        as_articles("A ferry sank.")


def test_single_mapping_says_wrap_it_in_a_list() -> None:
    with pytest.raises(InputError, match="wrap it in a list"):
        as_articles({"text": "A ferry sank."})


def test_no_articles() -> None:
    with pytest.raises(EmptyInputError, match="no articles"):
        as_articles([])


def test_whitespace_text_names_the_article() -> None:
    with pytest.raises(EmptyInputError, match="article 'blank' is empty"):
        as_articles([{"id": "ok", "text": "Fine."}, {"id": "blank", "text": " \n\t "}])


def test_duplicate_ids_are_named() -> None:
    with pytest.raises(InputError, match="duplicate article ids: 'a', 'b';"):
        as_articles(
            [
                {"id": "a", "text": "One."},
                {"id": "b", "text": "Two."},
                {"id": "a", "text": "Three."},
                {"id": "b", "text": "Four."},
            ]
        )


@given(st.lists(texts, min_size=1, max_size=8))
def test_strings_round_trip(items: list[str]) -> None:
    """Texts are kept exactly, ids follow positions."""
    articles = as_articles(items)
    assert [a.text for a in articles] == items
    assert [a.id for a in articles] == [str(i) for i in range(len(items))]


# load_articles ------------------------------------------------------------------------


def test_folder_sorted_by_name_with_stems_as_ids(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second file.", encoding="utf-8")
    (tmp_path / "a.md").write_text("First file.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("not read", encoding="utf-8")
    articles = load_articles(tmp_path)
    assert [(a.id, a.source, a.text) for a in articles] == [
        ("a", "a", "First file."),
        ("b", "b", "Second file."),
    ]


@given(st.lists(texts.filter(lambda t: not t.startswith("\ufeff")), min_size=1, max_size=4))
def test_folder_keeps_text_exactly(items: list[str]) -> None:
    """Line endings and every character survive; offsets refer to the file's content."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for i, text in enumerate(items):
            (folder / f"{i:03}.txt").write_bytes(text.encode("utf-8"))
        assert [a.text for a in load_articles(folder)] == items


def test_crlf_is_kept(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"One line.\r\nAnother line.\r\n")
    assert load_articles(tmp_path)[0].text == "One line.\r\nAnother line.\r\n"


def test_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("\ufeffA ferry sank.".encode())
    assert load_articles(tmp_path / "a.txt")[0].text == "A ferry sank."


def test_not_utf8_names_the_file_and_the_fix(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 owners met.".encode("latin-1"))
    with pytest.raises(LoadError, match=r"latin\.txt.*re-encode it as UTF-8"):
        load_articles(tmp_path)


def test_folder_without_text_files(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b", encoding="utf-8")
    with pytest.raises(LoadError, match=r"no \.txt or \.md files"):
        load_articles(tmp_path)


def test_empty_file_in_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(EmptyInputError, match=r"b\.txt is empty"):
        load_articles(tmp_path)


def test_same_stem_twice_is_a_duplicate(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "a.md").write_text("Two.", encoding="utf-8")
    with pytest.raises(InputError, match="duplicate article ids: 'a';"):
        load_articles(tmp_path)


def test_single_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Dam holds\n\nThe dam held.", encoding="utf-8")
    assert load_articles(path) == [Article(id="story", text="# Dam holds\n\nThe dam held.")]


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file or folder"):
        load_articles(tmp_path / "nowhere")


def test_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(b"PK")
    with pytest.raises(LoadError, match=r"\.txt, \.md, \.json, \.jsonl"):
        load_articles(path)


def test_json_list(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_text(
        json.dumps([{"id": "a", "text": "One.", "source": "Post"}, "Two."]), encoding="utf-8"
    )
    articles = load_articles(path)
    assert [(a.id, a.source) for a in articles] == [("a", "Post"), ("1", "1")]


def test_json_must_be_a_list(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_text('{"text": "One."}', encoding="utf-8")
    with pytest.raises(LoadError, match="JSON list"):
        load_articles(path)


def test_malformed_json_gives_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_text('[\n  {"text": "One."},\n  {"text": "Two."\n]\n', encoding="utf-8")
    with pytest.raises(LoadError, match=r"set\.json, line 4: malformed JSON"):
        load_articles(path)


def test_json_unknown_key_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_text('[{"text": "One.", "body": "x"}]', encoding="utf-8")
    with pytest.raises(InputError, match=r"set\.json: article 0 has unknown key 'body'"):
        load_articles(path)


def test_jsonl_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n\n{"text": "Two."}\n', encoding="utf-8")
    assert [(a.id, a.text) for a in load_articles(path)] == [("a", "One."), ("1", "Two.")]


def test_jsonl_of_articles_bad_line_is_numbered(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"text": "One."}\n{"text": "Two.", "extra": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"set\.jsonl, line 2: .*unknown key 'extra'"):
        load_articles(path)


def test_jsonl_malformed_line_is_numbered(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"text": "One."}\n\n{"text": \n', encoding="utf-8")
    with pytest.raises(LoadError, match=r"set\.jsonl, line 3: malformed JSON"):
        load_articles(path)


def test_jsonl_with_one_cluster_gives_its_articles(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "one.jsonl",
        {"id": "c", "articles": [{"id": "a", "text": "One.", "lang": "en"}], "references": []},
    )
    assert [a.id for a in load_articles(path)] == ["a"]


def test_jsonl_with_several_clusters_points_to_load_clusters(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "two.jsonl",
        {"id": "c1", "articles": ["One."]},
        {"id": "c2", "articles": ["Two."]},
    )
    with pytest.raises(LoadError, match="load_clusters"):
        load_articles(path)


# load_clusters ------------------------------------------------------------------------


def test_clusters_in_order_extra_keys_ignored(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "set.jsonl",
        {
            "id": "c1",
            "dataset": "made-up",
            "title": None,
            "references": ["A summary."],
            "articles": [{"id": "a0", "source": "Post", "text": "One.", "lang": "en"}],
        },
        {"id": "c2", "articles": ["Two.", "Three."]},
    )
    path.write_text(path.read_text(encoding="utf-8") + "\n  \n", encoding="utf-8")
    clusters = list(load_clusters(path))
    assert [c.id for c in clusters] == ["c1", "c2"]
    assert clusters[0].articles == (Article(id="a0", text="One.", source="Post"),)
    assert [a.text for a in clusters[1].articles] == ["Two.", "Three."]


def test_clusters_stream_line_by_line(tmp_path: Path) -> None:
    """A bad line is only reported when reached: the lines before it were already yielded."""
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "c1", "articles": ["One."]}\nnot json\n', encoding="utf-8")
    clusters = load_clusters(path)
    assert next(clusters).id == "c1"
    with pytest.raises(LoadError, match="line 2: malformed JSON"):
        next(clusters)


def test_cluster_without_id_has_none(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "set.jsonl", {"articles": ["One."]})
    assert next(load_clusters(path)).id is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"articles": "One."}, "'articles' must be a list"),
        ({"id": 7, "articles": ["One."]}, "cluster id must be a string"),
        ({"articles": []}, "no articles"),
        ({"articles": [{"id": "a", "text": ""}]}, "'a' is empty"),
    ],
)
def test_bad_cluster_line_is_numbered(tmp_path: Path, line: dict[str, Any], message: str) -> None:
    path = _jsonl(tmp_path / "set.jsonl", {"id": "ok", "articles": ["Fine."]}, line)
    with pytest.raises((LoadError, InputError), match=f"line 2: .*{message}"):
        list(load_clusters(path))


def test_cluster_line_that_is_not_a_cluster(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "set.jsonl", {"id": "ok", "articles": ["Fine."]}, {"text": "x"})
    with pytest.raises(LoadError, match="line 2: expected an object with an 'articles' list"):
        list(load_clusters(path))


def test_clusters_not_utf8_line_is_numbered(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_bytes(b'{"articles": ["One."]}\n{"articles": ["Caf\xe9."]}\n')
    with pytest.raises(LoadError, match="line 2: not UTF-8"):
        list(load_clusters(path))


def test_missing_clusters_file_fails_at_once(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load_clusters(tmp_path / "nowhere.jsonl")


def test_is_clusters_file(tmp_path: Path) -> None:
    clusters = _jsonl(tmp_path / "c.jsonl", {"articles": ["One."]})
    articles = _jsonl(tmp_path / "a.jsonl", {"text": "One."})
    assert is_clusters_file(clusters)
    assert not is_clusters_file(articles)
    assert not is_clusters_file(tmp_path)


# Real data ----------------------------------------------------------------------------


@pytest.mark.shared
def test_baghouz_folder_is_read_exactly(baghouz_dir: Path, baghouz_texts: dict[str, str]) -> None:
    articles = load_articles(baghouz_dir)
    assert [a.id for a in articles] == sorted(baghouz_texts)
    assert {a.id: a.text for a in articles} == baghouz_texts
    assert all(a.source == a.id for a in articles)


@pytest.mark.shared
@pytest.mark.parametrize("name", ["multinews-val.jsonl", "allsides-dev.jsonl"])
def test_bench_files_load(bench_dir: Path, name: str) -> None:
    path = bench_dir / name
    with path.open(encoding="utf-8") as handle:
        expected = [json.loads(line) for line in handle if line.strip()]
    clusters = list(load_clusters(path))
    assert [c.id for c in clusters] == [e["id"] for e in expected]
    for cluster, line in zip(clusters, expected, strict=True):
        assert [a.text for a in cluster.articles] == [a["text"] for a in line["articles"]]
        assert [a.source for a in cluster.articles] == [a["source"] for a in line["articles"]]


# Front matter ----------------------------------------------------------------------------

FERRY = "The ferry Merrow ran aground off Kessel Point on Sunday.\nNobody was hurt.\n"


def test_front_matter_fills_the_fields_and_is_not_text(tmp_path: Path) -> None:
    head = (
        "---\n"
        "source: Harbour Times\n"
        "url: https://www.harbourtimes.example/ferry\n"
        "title: 'Ferry runs aground: all safe'\n"
        'published: "2025-03-04"\n'
        "layout: post   # other keys are ignored\n"
        "tags:\n"
        "  - ferry\n"
        "- coast\n"
        "\n"
        "# a comment\n"
        "---\n"
    )
    (tmp_path / "tide.md").write_text(head + FERRY, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(FERRY, encoding="utf-8")
    tide, wire = load_articles(tmp_path)
    assert tide == Article(
        id="tide",
        text=FERRY,
        source="Harbour Times",
        url="https://www.harbourtimes.example/ferry",
        title="Ferry runs aground: all safe",
        published="2025-03-04",
    )
    assert wire == Article(id="wire", text=FERRY, source="wire")


def test_front_matter_offsets_are_into_the_text_after_it(tmp_path: Path) -> None:
    """Offsets index the article's text; the file's offset adds the front matter's length."""
    import summarize

    file = tmp_path / "tide.md"
    file.write_bytes(b"---\r\ntitle: Aground\r\ndate: 2025-03-04\r\n---\r\n" + FERRY.encode())
    [article] = load_articles(file)
    assert (article.title, article.published, article.source) == ("Aground", "2025-03-04", "tide")
    whole = file.read_bytes().decode("utf-8")
    skipped = len(whole) - len(article.text)
    assert skipped == len("---\r\ntitle: Aground\r\ndate: 2025-03-04\r\n---\r\n")
    digest = summarize.summarize(
        [article, Article(id="b", text="Nobody was hurt, officials said.")]
    )
    for sentence in digest.sentences():
        if sentence.article == "tide":
            assert article.text[sentence.start : sentence.end] == sentence.text
            assert whole[skipped + sentence.start : skipped + sentence.end] == sentence.text
    assert "title" not in " ".join(s.text for s in digest.sentences())


def test_front_matter_gives_the_labels_the_reader_sees(tmp_path: Path) -> None:
    import summarize

    (tmp_path / "a.md").write_text("---\nsource: Harbour Times\n---\n" + FERRY, encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "---\nurl: https://www.coastradio.example/news/1\n---\nThe ferry Merrow ran aground "
        "off Kessel Point on Sunday night.\n",
        encoding="utf-8",
    )
    text = summarize.summarize(load_articles(tmp_path)).to_markdown()
    assert "sources: Harbour Times [1], coastradio.example [2])" in text


def test_a_file_without_front_matter_keeps_a_rule_that_is_not_its_first_line(
    tmp_path: Path,
) -> None:
    text = "\n---\nnot: front matter\n---\n" + FERRY
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    [article] = load_articles(tmp_path / "a.md")
    assert (article.text, article.title) == (text, None)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "---\nsource: Harbour Times\ntitle: Aground\n",
            "{file}: the front matter opened by '---' on line 1 is never closed; end it with "
            "a line '---', or start the file with a blank line if it is not front matter",
        ),
        (
            "---\nsource: Harbour Times\nThe ferry ran aground.\n---\n" + FERRY,
            "{file}, line 3: front matter holds 'key: value' lines, got 'The ferry ran "
            "aground.'; fix the line, or start the file with a blank line if its first '---' "
            "is not front matter",
        ),
        (
            "---\nsource: Harbour Times\n---\n \n",
            "{file} has front matter but no text after it; give the article's text after the "
            "closing '---'",
        ),
    ],
)
def test_bad_front_matter_says_what_to_do(tmp_path: Path, content: str, message: str) -> None:
    file = tmp_path / "a.md"
    file.write_text(content, encoding="utf-8")
    error = EmptyInputError if "no text" in message else LoadError
    with pytest.raises(error) as raised:
        load_articles(tmp_path)
    assert str(raised.value) == message.format(file=file)


def test_standard_input_text_may_start_with_front_matter() -> None:
    from summarize.load import read_articles

    [article] = read_articles(("---\nsource: Coast Radio\n---\n" + FERRY).encode())
    assert (article.id, article.source, article.text) == ("stdin", "Coast Radio", FERRY)


@given(
    st.dictionaries(
        st.sampled_from(["source", "url", "title", "published"]),
        st.text(alphabet="abc :#'\"-é", min_size=1, max_size=12).filter(lambda v: v.strip()),
    ),
    texts,
)
def test_front_matter_round_trips_quoted_values(fields: dict[str, str], body: str) -> None:
    from summarize._front_matter import split_front_matter

    quoted = {
        key: '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        for key, value in fields.items()
    }
    head = "".join(f"{key}: {value}\n" for key, value in quoted.items())
    found, rest = split_front_matter(f"---\n{head}---\n{body}", name="x.md")
    assert rest == body
    assert found == fields
