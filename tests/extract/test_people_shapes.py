"""Officials in the shapes of real wire copy (issue 14, item 10); sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.record import Record


@pytest.fixture
def extract(extractor):
    def run(text: str, published: str = "2025-05-05") -> Record:
        return extractor.extract(Article(text=text, id="t", published=published))

    return run


def officials(record: Record) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "expected"), [
    # Monarchs and single names
    ("King Abdullah II received the visiting Danish Foreign Minister Lars Holm in Amman on Sunday.",
     {"Abdullah II": ("King", "JOR"), "Lars Holm": ("Foreign Minister", "DNK")}),
    ("Emir Tamim bin Hamad Al Thani held talks with Kazakh President Kassym-Jomart Tokayev in Doha.",
     {"Tamim bin Hamad Al Thani": ("Emir", "QAT"), "Kassym-Jomart Tokayev": ("President", "KAZ")}),
    ("Crown Prince Mohammed bin Salman met Belgian Prime Minister Bart De Wever in Riyadh on Tuesday.",
     {"Mohammed bin Salman": ("Crown Prince", "SAU")}),
    ("Sultan Haitham bin Tarik received the credentials of the new ambassador of Japan in Muscat.",
     {"Haitham bin Tarik": ("Sultan", "OMN")}),
    # A given name that is also a title, a style inside a name, a style after a position
    ("Qatari Minister of State Sultan bin Saad Al-Muraikhi met Iraqi Foreign Minister Fuad Hussein.",
     {"Sultan bin Saad Al-Muraikhi": ("Minister of State", "QAT"), "Fuad Hussein": ("Foreign Minister", "IRQ")}),
    ("Somali President Hassan Sheikh Mohamud held talks with the Kenyan envoy in Mogadishu.",
     {"Hassan Sheikh Mohamud": ("President", "SOM")}),
    ("Jordanian Interior Minister Rami Khoury held talks with Saudi Minister of Interior Prince "
     "Faisal bin Saud bin Naif on border security.",
     {"Rami Khoury": ("Interior Minister", "JOR"), "Faisal bin Saud bin Naif": ("Minister of Interior", "SAU")}),
    # Long title chains
    ("Vice-Chairman of the Cabinet of Ministers \u2013 Minister of Foreign Affairs of Uzbekistan Ali Valiyev "
     "met the Czech ambassador in Tashkent.",
     {"Ali Valiyev": ("Vice-Chairman of the Cabinet of Ministers \u2013 Minister of Foreign Affairs", "UZB")}),
    ("Deputy Prime Minister and Minister of Foreign Affairs of Turkmenistan Rashid Orazov received the "
     "delegation in Ashgabat.",
     {"Rashid Orazov": ("Deputy Prime Minister and Minister of Foreign Affairs", "TKM")}),
    ("Turkish Minister of National Defence Yilmaz Kaya and Georgian Defence Minister Irakli Beridze "
     "discussed pipeline security.",
     {"Yilmaz Kaya": ("Minister of National Defence", "TUR"), "Irakli Beridze": ("Defence Minister", "GEO")}),
    # Two officials coordinated: each their own title and country
    ("President of the Republic of Chile Gabriel Boric and Foreign Minister Alberto van Klaveren arrived "
     "in Lima on Monday.",
     {"Gabriel Boric": ("President", "CHL"), "Alberto van Klaveren": ("Foreign Minister", "CHL")}),
    ("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan and Foreign "
     "Minister Mahmoud Kombo.",
     {"William Ruto": ("President", "KEN"), "Samia Suluhu Hassan": ("President", "TZA"),
      "Mahmoud Kombo": ("Foreign Minister", "TZA")}),
    # Titles told after the name, with a comma or in brackets
    ("Ali Valiyev, the Minister of Foreign Affairs of Uzbekistan, met his Kazakh counterpart Murat Sarsen "
     "in Astana.",
     {"Ali Valiyev": ("Minister of Foreign Affairs", "UZB"), "Murat Sarsen": ("Minister of Foreign Affairs", "KAZ")}),
    ("Ana Rojas (Interior Minister of Chile) met the Peruvian delegation in Santiago on Friday.",
     {"Ana Rojas": ("Interior Minister", "CHL")}),
    # Lists
    ("The meeting was attended by the interior ministers of Chile (Ana Rojas), Peru (Luis Vera) and "
     "Bolivia (Juan Quispe).",
     {"Ana Rojas": ("Interior Minister", "CHL"), "Luis Vera": ("Interior Minister", "PER"),
      "Juan Quispe": ("Interior Minister", "BOL")}),
    ("The delegation included MPs Kamal Huseynov, Aida Rzayeva and Elnur Gasimov.",
     {"Kamal Huseynov": ("MP", None), "Aida Rzayeva": ("MP", None), "Elnur Gasimov": ("MP", None)}),
    ("Ambassadors Lena Holm, Pia Berg and Omar Sidi presented their credentials to President Ilham Aliyev.",
     {"Lena Holm": ("Ambassador", None), "Pia Berg": ("Ambassador", None), "Omar Sidi": ("Ambassador", None),
      "Ilham Aliyev": ("President", "AZE")}),
    # A counterpart named after the relation takes the country of its adjective
    ("Mongolian Justice Minister Bat-Erdene Gantulga arrived in Vientiane on Monday at the invitation of "
     "his Lao counterpart Phoxay Sayasone.",
     {"Bat-Erdene Gantulga": ("Justice Minister", "MNG"), "Phoxay Sayasone": ("Justice Minister", "LAO")}),
])
def test_officials_in_real_shapes(extract, text: str, expected: dict[str, tuple[str | None, str | None]]) -> None:
    found = officials(extract(text))
    for name, (title, country) in expected.items():
        assert name in found, f"{name!r} not among {sorted(found)}"
        assert found[name] == (title, country), name


@pytest.mark.parametrize(("text", "name"), [
    # A neighbour's country is never copied: the demonym belongs to the unnamed ambassador.
    ("Minister of Foreign Affairs Ali Valiyev met the Czech ambassador on Monday.", "Ali Valiyev"),
    # Two presidents coordinated serve two states.
    ("They recalled the meeting between Argentine President Javier Milei and President Rafael Duarte "
     "in Asuncion.", "Rafael Duarte"),
    # Two foreign ministers meeting: the second's country is not the first's.
    ("Foreign Minister Abdullah Al-Rashidi met Jordanian Foreign Minister Ayman Safadi on Sunday.",
     "Abdullah Al-Rashidi"),
])
def test_a_country_is_never_copied_from_a_neighbour(extract, text: str, name: str) -> None:
    found = officials(extract(text))
    assert found[name][1] is None, found


@pytest.mark.parametrize(("text", "name", "country"), [
    # State-agency copy names its own officials without a demonym: the dateline's country.
    ("BEIJING, May 5 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Colombian Foreign Minister "
     "Rosa Soto in Beijing on Monday. Vice President Han Zheng will meet her on Wednesday.", "Han Zheng", "CHN"),
    ("DAKAR, Senegal (APS) \u2014 Mauritanian President Mohamed Ould Cheikh El Ghazouani arrived in Dakar on "
     "Wednesday. Ghazouani and President Bassirou Diomaye Faye held talks on Thursday.",
     "Bassirou Diomaye Faye", "SEN"),
])
def test_an_unadorned_official_of_the_dateline_country(extract, text: str, name: str, country: str) -> None:
    assert officials(extract(text))[name][1] == country


@pytest.mark.parametrize(("text", "name", "country"), [
    # ... but not a guest: one leading a delegation from elsewhere, a traveller.
    ("ABUJA, July 22 (NAN) - The Attorney-General Lateef Adebayo received a delegation from the Republic "
     "of Ghana led by the Attorney-General and Minister for Justice, Kofi Mensah, on Tuesday.", "Kofi Mensah", "GHA"),
    ("BISHKEK, May 5 (Kabar) - President Sadyr Japarov said Foreign Minister Elena Novak would arrive "
     "in Bishkek on Monday.", "Elena Novak", None),
])
def test_a_guest_does_not_take_the_dateline_country(extract, text: str, name: str, country: str | None) -> None:
    assert officials(extract(text))[name][1] == country


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    # A surname with its post: every listed holder of the post with that surname serves one state.
    ("President Karzai told parliament on Monday that the talks would go on.", "Karzai", "President", "AFG"),
    # Undated copy: the post the text gives tells the state (he later led the Arab League).
    ("In Cairo, Foreign Minister Ahmed Aboul Gheit linked ratification to progress in the talks.",
     "Ahmed Aboul Gheit", "Foreign Minister", "EGY"),
    # A stance is not a nationality.
    ("The coalition is at odds over who will succeed pro-Syrian President Emile Lahoud.",
     "Emile Lahoud", "President", "LBN"),
    # A lead sentence gives its title to the next sentence's subject.
    ("Finland's foreign minister says the union could act alone. Tarja Lehto told reporters in Oulu on "
     "Sunday that a resolution should come first.", "Tarja Lehto", "Foreign minister", "FIN"),
    ("German Chancellor and summit host Angela Merkel says she will not compromise.",
     "Angela Merkel", "Chancellor", "DEU"),
])
def test_countries_from_the_post_and_the_story(extractor, text: str, name: str, title: str, country: str) -> None:
    record = extractor.extract(Article(text=text, id="t"))
    assert officials(record)[name] == (title, country)


def test_known_by_surname_needs_one_state() -> None:
    from dateline.extract.known import known_by_surname

    assert known_by_surname("Bush", "President") == "USA"  # two presidents Bush, one state
    assert known_by_surname("Bush", None) is None
    assert known_by_surname("Nobodyknown", "President") is None
