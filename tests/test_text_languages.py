"""Every supported language, on a small set of articles written in it for these tests.

Each set is three short reports of an invented local event. In each set:

* the first sentence of every article states the event: one claim, three sources;
* ``a1`` and ``b1`` state a second fact with no word written the same way, only
  other forms of the same words (plural and singular, two tenses, an elided
  article): the language's stemmer must make them one claim, and another
  language's stemmer does not;
* ``a2`` and ``c1`` say different things and share only the language's function
  words: they must stay apart even when every link counts (similarity 0.05),
  while under another language's stop words they are linked;
* the sentences split where a reader of the language would split them, across
  the language's titles and abbreviations ("la Dra. Ruiz", "Brücke Nr. 4",
  "am 3. März") and its question mark.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

import summarize
import summarize.pipeline
from summarize import Article, Digest
from summarize.text._languages import _sumy_stop_words, stemmer, stop_words


class LanguageSet(NamedTuple):
    """Three articles in one language and how their sentences split."""

    articles: dict[str, list[str]]  # article id -> its sentences, in order
    other: str  # a language whose stemmer and stop words do not fit these articles

    def texts(self) -> list[Article]:
        return [Article(id=i, text=" ".join(s)) for i, s in self.articles.items()]


# fmt: off
SETS: dict[str, LanguageSet] = {
    "english": LanguageSet({
        "a": ["A water main burst under Station Road in Millbrook on Tuesday morning.",
              "Flooding damaged two bakeries near the old mill.",
              "Mr. Hale said it was all over in an hour."],
        "b": ["Station Road in Millbrook was flooded on Tuesday after a water main burst.",
              "The bakery was badly flooded, damaging its ovens.",
              "Engineers expect repairs to last until Friday."],
        "c": ["On Tuesday a burst water main flooded Station Road in Millbrook.",
              "It is not clear who will pay for all of it."],
    }, other="french"),
    "french": LanguageSet({
        "a": ["Le pont de Vaulnes a été fermé lundi après la tempête.",
              "Les inondations ont endommagé la boulangerie du village.",
              "M. Lefèvre a dit qu'il ne savait pas quand tout cela finirait."],
        "b": ["Après la tempête, le pont de Vaulnes a été fermé lundi matin.",
              "Une inondation endommage aussi les boulangeries voisines.",
              "Selon Mme Roux, « la mairie paiera les travaux »."],
        "c": ["Lundi, la tempête a forcé la fermeture du pont de Vaulnes.",
              "Pour les habitants, ce n'est pas la première fois que cela arrive."],
    }, other="arabic"),
    "german": LanguageSet({
        "a": ["Die Brücke Nr. 4 in Lindenau wurde am 3. März für den Verkehr gesperrt.",
              "Die Ingenieure fanden Risse in den Pfeilern.",
              "Laut Dr. Weber ist das nicht das erste Mal."],
        "b": ["Lindenau hat die Brücke Nr. 4 am 3. März für den Verkehr gesperrt.",
              "Ein Ingenieur fand einen Riss im Pfeiler.",
              "Die Stadt sucht nun eine Umleitung."],
        "c": ["Am 3. März wurde in Lindenau die Brücke Nr. 4 für den Verkehr gesperrt.",
              "Für die Pendler ist das ein großes Problem."],
    }, other="english"),
    "italian": LanguageSet({
        "a": ["Un incendio ha distrutto il forno di via Roma a Castelverde nella notte di sabato.",
              "I pompieri hanno evacuato le famiglie vicine.",
              "Il sig. Rossi ha detto che non sa quando potrà riaprire."],
        "b": ["Nella notte di sabato l'incendio ha distrutto il forno di via Roma, a Castelverde.",
              "Un pompiere evacuava ogni famiglia del palazzo.",
              "Le cause non sono ancora chiare."],
        "c": ["A Castelverde un incendio ha distrutto sabato notte il forno di via Roma.",
              "Per il quartiere che non dorme è una buona notizia."],
    }, other="english"),
    "portuguese": LanguageSet({
        "a": ["Os motoristas de autocarros de Vila Serena entraram em greve na segunda-feira.",
              "Milhares de passageiros esperaram horas nas paragens.",
              "A Dra. Costa disse que não sabe quando tudo vai acabar."],
        "b": ["Na segunda-feira, os motoristas de autocarros de Vila Serena entraram em greve.",
              "Cada passageiro espera uma hora na paragem.",
              "O sindicato pede salários mais altos."],
        "c": ["Em Vila Serena, os motoristas de autocarros entraram em greve na segunda-feira.",
              "Para os comerciantes, que não dormem, é uma boa notícia."],
    }, other="arabic"),
    "spanish": LanguageSet({
        "a": ["El río Tera inundó el mercado de San Telmo el domingo por la noche.",
              "Los vecinos limpiaron los puestos toda la mañana.",
              "La Dra. Ruiz dijo que no sabe cuándo abrirá de nuevo."],
        "b": ["El domingo por la noche, el río Tera inundó el mercado de San Telmo.",
              "Cada vecino limpia su puesto con cubos.",
              "¿Quién pagará los daños?"],
        "c": ["El mercado de San Telmo quedó inundado por el río Tera el domingo.",
              "Para el barrio que no duerme es una buena noticia."],
    }, other="arabic"),
    "swedish": LanguageSet({
        "a": ["Färjan mellan Ljusö och fastlandet ställdes in i måndags på grund av stormen.",
              "Pendlarna väntade länge i hamnen.",
              "Kaptenen sa att det bl.a. var för farligt att åka ut."],
        "b": ["På grund av stormen ställdes färjan mellan Ljusö och fastlandet in i måndags.",
              "Varje pendlare väntar nu vid hamnar längs kusten.",
              "Kommunen lovar t.ex. extra bussar."],
        "c": ["Stormen stoppade i måndags färjan mellan Ljusö och fastlandet.",
              "För de boende är det inte första gången."],
    }, other="english"),
    "arabic": LanguageSet({
        "a": ["افتتح المجلس البلدي مدرسة جديدة في قرية الزيتون يوم الأحد.",
              "وزع المعلمون الكتب على الطلاب.",
              "قال المدير إن ذلك كان حلما منذ سنوات."],
        "b": ["يوم الأحد افتتح المجلس البلدي في قرية الزيتون مدرسة جديدة.",
              "وزعت معلمة كتبها على طلابها.",
              "هل تكفي المدرسة كل أطفال القرية؟"],
        "c": ["في قرية الزيتون، افتتح المجلس البلدي يوم الأحد مدرسة جديدة.",
              "لم يكن ذلك سهلا على السكان كما كان."],
    }, other="english"),
}
# fmt: on


def test_every_supported_language_has_a_set() -> None:
    assert sorted(SETS) == sorted(summarize.LANGUAGES)


def claim_of(digest: Digest, article: str, index: int) -> set[str]:
    """The sentences (``a0``, ``b1`` ...) of the claim holding sentence ``index`` of ``article``."""
    for claim in digest.merged:
        members = {f"{s.article}{s.index}" for s in claim.support}
        if f"{article}{index}" in members:
            return members
    raise AssertionError(f"no claim holds {article}{index}")


def everything(articles: list[Article], language: str, similarity: float = 0.3) -> Digest:
    """Every claim of the set, no budget and no redundancy cut."""
    return summarize.summarize(
        articles,
        language=language,
        similarity=similarity,
        per_source=10,
        merged=100,
        redundancy=1.0,
    )


@pytest.mark.parametrize("language", sorted(SETS))
def test_sentences_split_where_a_reader_of_the_language_splits_them(language: str) -> None:
    for sentences in SETS[language].articles.values():
        assert [s.text for s in summarize.split_sentences(" ".join(sentences))] == sentences


@pytest.mark.parametrize("language", sorted(SETS))
def test_the_event_all_three_report_is_one_claim_with_three_sources(language: str) -> None:
    articles = SETS[language].texts()
    digest = summarize.summarize(articles, language=language, merged=3, per_source=2)
    top = digest.merged[0]
    assert top.sources == ("a", "b", "c")
    assert {f"{s.article}{s.index}" for s in top.support} == {"a0", "b0", "c0"}
    for s in digest.sentences():
        assert digest.article(s.article).text[s.start : s.end] == s.text


@pytest.mark.parametrize("language", sorted(SETS))
def test_the_language_stemmer_links_other_forms_of_the_same_words(language: str) -> None:
    case = SETS[language]
    stop = stop_words(language)

    def written(sentence: str) -> set[str]:
        return {w for w in re.findall(r"\w+", sentence.lower()) if w not in stop}

    a1, b1 = case.articles["a"][1], case.articles["b"][1]
    assert not written(a1) & written(b1), "the pair must share no content word as written"
    assert claim_of(everything(case.texts(), language), "a", 1) == {"a1", "b1"}
    assert claim_of(everything(case.texts(), case.other), "a", 1) == {"a1"}


@pytest.mark.parametrize("language", sorted(SETS))
def test_the_language_stop_words_do_not_link_sentences(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a2 and c1 share two stop words (one shared word alone links nothing): read with
    # another language's stop words, grouping makes them one claim. What grouping links is
    # read here, not what the English support verifier then keeps of it.
    monkeypatch.setattr(summarize.pipeline, "shipped_verifier", lambda: None)
    case = SETS[language]
    assert claim_of(everything(case.texts(), language, similarity=0.05), "a", 2) == {"a2"}
    assert "c1" in claim_of(everything(case.texts(), case.other, similarity=0.05), "a", 2)


def test_an_unsupported_language_names_the_supported_ones() -> None:
    with pytest.raises(summarize.OptionError) as raised:
        summarize.summarize(["Der Damm brach."], language="dutch")
    message = str(raised.value)
    assert "'dutch'" in message
    assert all(language in message for language in summarize.LANGUAGES)
    assert isinstance(raised.value, summarize.UnknownMethodError)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Die Stadt zahlte 4 Mrd. Euro. Das ist viel.",
            ["Die Stadt zahlte 4 Mrd. Euro.", "Das ist viel."],
        ),
        ("Das geschah am 12. Mai. Niemand war da.", ["Das geschah am 12. Mai.", "Niemand war da."]),
        ("He scored 3. May was warm.", ["He scored 3.", "May was warm."]),  # English "May"
        ("هل انهار الجسر؟ لا.", ["هل انهار الجسر؟", "لا."]),
    ],
)
def test_regression_language_specific_breaks(text: str, sentences: list[str]) -> None:
    """German ordinals and abbreviations and the Arabic question mark used to split wrongly."""
    assert [s.text for s in summarize.split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("spanish", {"de", "que", "y", "no", "los"}),
        ("french", {"de", "un", "une", "ne"}),
        ("portuguese", {"não", "já", "até", "também"}),
        ("german", {"hat", "wurde", "war"}),
    ],
)
def test_regression_stop_word_lists_missed_the_commonest_words(
    language: str, words: set[str]
) -> None:
    """sumy's Spanish list had no "de" or "que"; its Portuguese list held "não" as n\\xe3o."""
    assert words <= stop_words(language)
    assert not any("\\" in w or "," in w for w in stop_words(language))


def test_regression_french_stop_words_held_nouns_that_carry_claims() -> None:
    articles = [
        Article(id="a", text="La force du courant a emporté le pont."),
        Article(id="b", text="Le pont a cédé sous la force du courant."),
    ]
    digest = summarize.summarize(articles, language="french", merged=1)
    assert digest.merged[0].sources == ("a", "b")
    assert not {"force", "état", "personnes"} & stop_words("french")


def test_regression_elided_article_hid_the_word_from_its_unelided_form() -> None:
    """'l'incendio' and 'incendio' were two terms: the elided article stayed on the word."""
    for language, forms in (
        ("italian", ["l'incendio", "incendio", "dell'incendio"]),
        ("french", ["l'inondation", "inondation", "d'inondation"]),
    ):
        assert len({stemmer(language)(w) for w in forms}) == 1


@pytest.mark.parametrize("language", summarize.LANGUAGES)
def test_stop_words_are_read_as_sumy_reads_them(language: str) -> None:
    """The list read from sumy's data without its ISO-code look-up is the one sumy gives."""
    from sumy.utils import get_stop_words

    assert _sumy_stop_words(language) == get_stop_words(language)


def test_a_language_without_a_stop_word_list_is_a_lookup_error() -> None:
    """A name sumy ships no list for fails as sumy's own reader fails."""
    with pytest.raises(LookupError, match="not available"):
        _sumy_stop_words("klingon")
