"""A later mention by a surname of several words is the person named in full before
(people/actors.py): "Julio Díaz Zulueta ... Díaz Zulueta said", "Luis Alberto Arce Catacora ... Arce
Catacora" -- one official with one title, not a second untitled person."""

from __future__ import annotations

from dateline.article import Article


def test_a_two_word_surname_later_is_the_same_person(extractor):
    text = ("LIMA, June 5 (Andina) -- Peruvian Interior Minister Julio Díaz Zulueta received Chilean Interior "
            "Minister Carolina Tohá in Lima on Thursday.\n\nDíaz Zulueta said the ministers agreed to share "
            "intelligence on organised crime. Tohá, for her part, called for joint border patrols.")
    record = extractor.extract(Article(text=text, id="t", published="2025-06-05"))
    persons = [a for a in record.actors if a.kind == "person"]
    assert sorted((a.name, a.title, a.country) for a in persons) == [
        ("Carolina Tohá", "Interior Minister", "CHL"), ("Julio Díaz Zulueta", "Interior Minister", "PER")]
    diaz = next(a for a in persons if a.name == "Julio Díaz Zulueta")
    assert len(diaz.mentions) >= 2


def test_a_name_sharing_only_the_last_word_is_another_person(extractor):
    text = ("LIMA, June 5 (Andina) -- Peruvian Interior Minister Julio Díaz Zulueta received Chilean Interior "
            "Minister Carolina Tohá in Lima on Thursday.\n\nThe meeting was also attended by Peru's Deputy "
            "Interior Minister Ana Zulueta, who said the sides would meet again in Santiago.")
    record = extractor.extract(Article(text=text, id="t", published="2025-06-05"))
    persons = {a.name: a.title for a in record.actors if a.kind == "person"}
    assert persons["Julio Díaz Zulueta"] == "Interior Minister"
    assert persons["Ana Zulueta"] == "Deputy Interior Minister"
