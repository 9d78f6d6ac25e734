"""Where a multi-paragraph agency report's story frame lends its visitor, host, place and day, and
where a sentence tells something else: 'During his stay, X also called on Y' is X's stay (not the
host told before); 'negotiations were held with Prime Minister X' are the visitor's; 'Earlier this
month, X met ...' and 'In 2019, X visited Kuwait and met Y' are other engagements, of their own
time; 'In Astana, the deputy prime minister met ...' is another scene, not on the arrival's day."""

from __future__ import annotations

from event_views import dates, people

PUBLISHED = "2026-05-12"


def _meetings(record):
    return [e for e in record.events if e.kind == "meeting"]


def test_his_stay_told_before_the_guest_is_the_guests(extract):
    record = extract(
        "PHNOM PENH, May 12 (AKP) -- Cambodian Prime Minister Hun Manet held talks with Vietnamese Prime "
        "Minister Pham Minh Chinh, who is on an official visit to Cambodia.\n\n"
        "The two sides discussed the border and trade.\n\n"
        "During his stay, Pham Minh Chinh also called on King Norodom Sihamoni at the Royal Palace.")
    last = _meetings(record)[-1]
    assert people(record, last) == {"Pham Minh Chinh", "Norodom Sihamoni"}


def test_talks_held_with_the_host_alone_are_the_visitors(extract):
    record = extract(
        "TASHKENT, May 12 (UzA). President Shavkat Mirziyoyev is on a state visit to the Republic of Korea.\n\n"
        "On May 12, the President of Uzbekistan laid a wreath at the National Cemetery in Seoul.\n\n"
        "The same day, negotiations were held with President of the Republic of Korea Lee Jae-myung.")
    talks = [e for e in _meetings(record) if "Lee Jae-myung" in people(record, e)]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Shavkat Mirziyoyev", "Lee Jae-myung"}
    assert set(talks[0].countries) == {"UZB", "KOR"}


def test_a_reception_by_a_stateless_host_keeps_its_own_host(extract):
    record = extract(
        "ASTANA, May 12. Kazakh President Kassym-Jomart Tokayev is on a state visit to Japan.\n\n"
        "On Tuesday, the Head of State was received by Emperor Naruhito at the Imperial Palace.\n\n"
        "Later, negotiations were held with Prime Minister of Japan Shigeru Ishiba.")
    reception = next(e for e in _meetings(record) if "Naruhito" in people(record, e))
    assert people(record, reception) == {"Kassym-Jomart Tokayev", "Naruhito"}
    assert set(reception.countries) == {"KAZ", "JPN"}


def test_earlier_this_month_is_another_meeting(extract):
    record = extract(
        "BISHKEK, May 12. Kyrgyz Foreign Minister Jeenbek Kulubaev paid a working visit to Dushanbe.\n\n"
        "As part of the visit, he was received by President of Tajikistan Emomali Rahmon.\n\n"
        "Earlier this month, Kulubaev met with the Ambassador of Tajikistan to Kyrgyzstan in Bishkek.")
    meetings = _meetings(record)
    with_head = [e for e in meetings if "Emomali Rahmon" in people(record, e)]
    assert len(with_head) == 1 and dates(with_head[0]) == ("2026-05-12", "2026-05-12")
    envoy = [e for e in meetings if e is not with_head[0]]
    assert envoy and people(record, envoy[0]) == {"Jeenbek Kulubaev"}


def test_a_past_visit_and_its_talks_keep_their_year(extract):
    record = extract(
        "MANAMA, May 12 (BNA) -- Egyptian Foreign Minister Badr Abdelatty, who is visiting the Kingdom, met "
        "Bahraini Foreign Minister Abdullatif bin Rashid Al Zayani on Tuesday.\n\n"
        "In 2023, Abdelatty visited Bahrain and met then Crown Prince Salman bin Hamad Al Khalifa.")
    past = next(e for e in _meetings(record) if "Salman bin Hamad Al Khalifa" in people(record, e))
    assert dates(past)[0] == "2023"
    assert past.place is not None and past.place.country == "BHR"
    today = next(e for e in record.events if e.kind == "visit" and dates(e)[0] == "2026-05-12")
    assert "Salman bin Hamad Al Khalifa" not in people(record, today)


def test_another_city_at_home_is_not_dated_by_the_arrival(extract):
    record = extract(
        "BAKU, May 12. Azerbaijani Prime Minister Ali Asadov held talks with Georgian Prime Minister Irakli "
        "Kobakhidze in Tbilisi.\n\n"
        "Asadov arrived in Tbilisi on a working visit yesterday.\n\n"
        "In Baku, Deputy Prime Minister Shahin Mustafayev met with a delegation of the Chinese Ministry of "
        "Commerce.")
    home = next(e for e in _meetings(record) if "Shahin Mustafayev" in people(record, e))
    assert dates(home) == ("2026-05-12", "2026-05-12")


def test_a_reception_at_the_dateline_places_the_guests_next_talks(extract):
    record = extract(
        "NAIROBI, May 12 (KNA) -- President William Ruto received Ugandan President Yoweri Museveni at State "
        "House on Tuesday.\n\n"
        "The two leaders discussed the oil pipeline.\n\n"
        "Museveni will also meet Prime Cabinet Secretary Musalia Mudavadi on Wednesday.")
    planned = next(e for e in _meetings(record) if "Musalia Mudavadi" in people(record, e))
    assert planned.status == "planned"
    assert planned.place is not None and planned.place.country == "KEN"
    assert any(e.kind == "visit" for e in record.events)  # the guest's visit, told by the reception

