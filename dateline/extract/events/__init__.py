"""Events: engagements coded by kind and PLOVER, with participants, place, date and evidence.

``run_events`` finds triggers sentence by sentence (cues are data:
``dateline/lexicons/event_cues.yaml``; :mod:`.build`), attaches participants from the actors
stage (through coreference), a place, a date from the time stage and a status, merges mentions of
the same engagement into one event (:mod:`.merge`), then dates what the sentences left undated
(:mod:`.spans`, :mod:`.dating`), gives a document signed after talks their parties and place
(:mod:`.signings`), names a gathering's hosts and attendees (:mod:`.attendance`),
puts talks held at a gathering where it is (:mod:`.settings`) and talks briefed on to the press
where the briefing is (:mod:`.briefings`), gives a visit that names only
its visitor the host its sentence tells (:mod:`.hosts`), lends a visit's parties and place to
the talks told as part of it (:mod:`.story`), adds the visits told only by talks abroad
(:mod:`.abroad`), drops the talks and visits held at home (:mod:`.domestic`) and codes each event in
PLOVER (:mod:`.plover`).
"""

from __future__ import annotations

from dateline.errors import ExtractionError
from dateline.extract.boilerplate import boilerplate_spans, caption_spans, in_spans
from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.abroad import stays_abroad
from dateline.extract.events.arrival_days import arrival_starts
from dateline.extract.events.attendance import gathering_attendees, later_attendees
from dateline.extract.events.attended import meeting_attendees
from dateline.extract.events.bilateral_bodies import bilateral_sessions, body_sides, document_sides
from dateline.extract.events.briefings import briefing_places
from dateline.extract.events.build import sentence_events
from dateline.extract.events.called_off import without_called_off
from dateline.extract.events.capital_talks import capital_visits
from dateline.extract.events.counterparts_met import hosts_met
from dateline.extract.events.dating import (
    anaphoric_days,
    framed_dates,
    gathering_durations,
    narrative_dates,
    news_day,
    past_visit_days,
    planned_ahead,
    planned_in_visit,
    visit_durations,
)
from dateline.extract.events.document_partners import document_partners
from dateline.extract.events.domestic import between_states
from dateline.extract.events.envoy_places import envoy_places
from dateline.extract.events.envoys_sent import sent_envoys
from dateline.extract.events.escorts import visit_escorts
from dateline.extract.events.eve_days import eve_days
from dateline.extract.events.extended import invitation_places
from dateline.extract.events.gathering_organisers import gathering_organisers
from dateline.extract.events.gathering_spans import gathering_spans
from dateline.extract.events.gatherings_again import (
    gatherings_named_by_city,
    meetings_told_again,
    parts_of_gatherings,
)
from dateline.extract.events.held_after import places_told_after
from dateline.extract.events.hosts import (
    hosting_states,
    igo_hosts,
    meeting_hosts,
    placed_hosts,
    visit_host_persons,
    visit_hosts,
)
from dateline.extract.events.included_gatherings import included_gatherings
from dateline.extract.events.invitation_carriers import carried_invitations
from dateline.extract.events.legs import legs_within
from dateline.extract.events.listed_documents import listed_documents
from dateline.extract.events.mediators import mediating_states
from dateline.extract.events.member_sittings import member_sittings
from dateline.extract.events.merge import merge_events
from dateline.extract.events.nameless import without_nameless
from dateline.extract.events.national_bodies import national_sittings
from dateline.extract.events.next_sittings import next_sittings
from dateline.extract.events.occasions import one_occasion, one_summit
from dateline.extract.events.one_side import one_side_told_again
from dateline.extract.events.one_state import without_one_state_talks
from dateline.extract.events.passing import past_stays, spoken_stays
from dateline.extract.events.plover import code_plover
from dateline.extract.events.private_parties import without_private_parties
from dateline.extract.events.private_posts import without_private_posts
from dateline.extract.events.quoted_signers import quoted_signers
from dateline.extract.events.recalled_signings import recalled_signers
from dateline.extract.events.recalled_sittings import recalled_sittings
from dateline.extract.events.received_abroad import received_abroad
from dateline.extract.events.represented import represented
from dateline.extract.events.resident import at_post
from dateline.extract.events.retold import framed_parts
from dateline.extract.events.rosters import rosters
from dateline.extract.events.rounds import talked_of_rounds, unnamed_rounds
from dateline.extract.events.said import calls_told_again
from dateline.extract.events.scene import scene_places
from dateline.extract.events.setting_dates import setting_dates
from dateline.extract.events.settings import gathering_settings
from dateline.extract.events.sidelines import sideline_sides
from dateline.extract.events.signing_people import signing_people
from dateline.extract.events.signings import (
    cited_in_passing,
    cited_parties,
    one_signing,
    signed_at,
    state_documents,
)
from dateline.extract.events.spans import close_spans
from dateline.extract.events.stops import tour_stop_visits
from dateline.extract.events.story import tell_stories
from dateline.extract.events.story_days import later_in_the_lead_day
from dateline.extract.events.story_sides import story_sides
from dateline.extract.events.three_sides import three_sides
from dateline.extract.events.title_documents import title_documents
from dateline.extract.events.titled_heads import titled_head_sides
from dateline.extract.events.told_attendees import (
    attendees_told_after,
    body_hosts,
    placed_gathering_hosts,
    sides_told_after,
)
from dateline.extract.events.tours import regional_tours
from dateline.extract.events.visited import visit_first
from dateline.extract.events.visitors_named import visitors_named_later
from dateline.extract.events.witnesses import document_witnesses, witnesses_take_part

__all__ = ["run_events"]


def run_events(state: DocState) -> None:
    """Find and code every engagement (requires actors, mentions, times; assigns events)."""
    doc = state.doc
    if doc is None:
        raise ExtractionError("the events stage needs the parsed document")
    drafts: list[EventDraft] = []
    lead_day = news_day(state)
    furniture = boilerplate_spans(state.text)  # "Read also: X, Y sign deal", "Photo: ...": no engagement told
    captions = caption_spans(state.text)  # "Photo: X receives Y at the palace": told in the story already
    for sent in doc.sents:
        if sent.end_char <= state.body_start or in_spans(sent.start_char, sent.start_char + len(state.text[sent.start_char:sent.end_char].rstrip()), furniture):
            continue
        told = [d for d in sentence_events(state, sent, lead_day)  # a sentence run on into "Read also: ...", a caption
                if not in_spans(*d.trigger, furniture + captions)]
        recalled = recalled_sittings(state, sent)  # "The fourth session of the joint committee was held in Cairo
        # in November 2024": the pair named before, on its own date (in place of the sentence's own reading)
        told = [d for d in told if all(d.trigger != r.trigger for r in recalled)]
        drafts.extend(visit_first([
            *told,
            *past_stays(state, sent),  # "X was last in Lima in May 2022"
            *spoken_stays(state, sent),  # "Speaking Friday in Leeds, X said"
            *sent_envoys(state, sent),  # "X dispatched his intelligence chief to Damascus"
            *tour_stop_visits(state, sent),  # "His next stop is Muscat"
            *recalled,
        ]))
    drafts = without_called_off(state, drafts)  # "X was due to visit Athens, but the visit was called off"
    document_witnesses(state, drafts)  # "signed ... in the presence of the two presidents": who sees each signed
    drafts = titled_head_sides(state, drafts)  # "HH the Amir received X" in a Doha report: Qatar's side
    drafts = body_sides(state, drafts)  # "the next meeting of the Kyrgyz-Uzbek commission": those two states
    drafts = document_sides(state, drafts)  # "The Kazakh-Uzbek agreement was signed": those two states
    told_by_story = story_sides(state, drafts)  # "Talks were under way ...": between the two states around
    arrival_starts(state, drafts)  # "Y, who is on a visit until Thursday ... Y, who arrived on Sunday": from Sunday
    events = national_sittings(merge_events(state, drafts), doc) + told_by_story  # "the party congress": one state's body sits
    events = gatherings_named_by_city(state, events)  # "a conference on Afghanistan ... the London conference": one, there
    events = parts_of_gatherings(state, events)  # "... the Shangri-La Dialogue. X addressed a plenary session of the summit"
    events = meetings_told_again(state, events)  # "... will host a conference next week. ... to attend the meeting in Amman"
    events = calls_told_again(state, events)  # "X spoke by phone with Y. X discussed trade with Y": one call
    events = one_side_told_again(state, events)  # "The talks session was attended by Prime Minister X": those talks
    later_attendees(state, events)  # "... a conference on Islam. X and Y are expected to attend."
    close_spans(state, events)  # spans first: "on the last day of his visit" needs the visit's end
    visit_durations(state, events)
    events = legs_within(events)  # "... and then travel to Shanghai": a leg of the visit to China, no visit
    gathering_durations(state, events)
    framed_dates(events, state.published, state.text)
    setting_dates(state, events)  # "their meeting last October, held on the sidelines of the forum": then
    gathering_spans(state, events)  # "... on the sidelines of COP31. COP31 opened on 9 November and closes on the 20th"
    planned_ahead(state, events)  # "announced plans for a summit on April 28": the next April 28
    signed_at(state, events)  # "after the talks, documents were signed": the talks' parties and place
    events = one_signing(state, events)  # "... In total, 12 documents were signed": that signing again
    signing_people(state, events)  # "... X signed for the Qatari side", "A and B witnessed the signing": its people
    quoted_signers(state, events)  # '"We have signed a memorandum with our Uzbek partners," X said': X's state signs
    events = listed_documents(state, events)  # "signed six documents. They include X, Y and Z": an agreement each
    events = document_partners(state, events)  # "signed memoranda with A and B": one each; "an agreement with A and a memorandum with B"
    events = title_documents(state, events)  # the title's "A and B sign cooperation agreement": the story's document
    cited_parties(state, events)  # "the goal of the talks is to replace the 1991 treaty": the talks' states
    planned_in_visit(state, events)  # "will visit on 8-9 December ... is due to hold talks"
    anaphoric_days(state, events)
    later_in_the_lead_day(state, events)  # "X on Monday co-chaired ... Later in the day, Y called on Z": Monday
    narrative_dates(state, events, lead_day)
    past_visit_days(state, events)  # "paid a visit from 8 to 10 September. He held talks": those days
    eve_days(state, events)  # "On the eve of the SCO summit, X held talks with Y": the day before the summit
    gathering_attendees(state, events)  # who hosts, attends or speaks at a gathering
    gathering_settings(state, events)  # talks held at a gathering are where it is
    briefing_places(state, events)  # "At a joint press conference in Cairo after the talks": there
    events = one_occasion(state, events)  # all the members of the summit's organisation meeting: the summit
    events = one_summit(state, events)  # "the 24th meeting of the SCO Council of Heads of State ... the Astana summit"
    received_abroad(state, events)  # "BAKU - X was received by Turkmen President Y": in Ashgabat
    visit_hosts(state, events)  # a visit's host state when its clause names only the visitor
    igo_hosts(state, events)  # "X is in Brussels, holding talks with EU leaders": the host is the EU
    visit_host_persons(state, events)  # the host named near the visit, for the story to lend to its talks
    represented(state, events)  # "chaired by X", "Azerbaijan was represented by Y": at the meeting told last
    events = tell_stories(state, events)  # the visit's hosts, and its parties and place for its talks
    visitors_named_later(state, events)  # "A top U.S. diplomat is in Georgia ... X was to meet Y": X visits
    events = regional_tours(state, events)  # "a trip to the Middle East ... will meet A in Jeddah ... and B": a visit each
    events = stays_abroad(state, events)  # "X met Y in New Delhi": X's visit, told by its talks
    events = capital_visits(state, events)  # "Indian and Pakistani diplomats resumed talks in New Delhi": Pakistan's visit
    events = state_documents(state, events)  # "the letter was signed by X": no two states sign it
    placed_hosts(state, events)  # "his first visit to the country since 2016": the country told before hosts it
    visit_host_persons(state, events)  # the host state's one official named by a visit to it
    hosting_states(state, events)  # "... has visited the kingdom": the one state among its parties not the visitor's
    scene_places(state, events)  # "In Mombasa, X said ... X later met Y": the scene X was just in
    places_told_after(state, events)  # "... will hold the first meeting. The talks will be held in Islamabad"
    meeting_hosts(state, events)  # talks with a foreign head of state, placed nowhere: in the head's state
    events = between_states(state, events)  # "the president will visit the flooded region": at home
    events = framed_parts(state, events)  # "During the visit, X will travel to Shusha": the visit told
    events = at_post(state, events)  # "Ambassador to Azerbaijan X met Y in Baku": talks at his post, no trip
    envoy_places(state, events)  # "KUWAIT - Kuwait's Ambassador to Egypt X met Egyptian Minister Y": in Cairo
    invitation_places(state, events)  # "At the end of the talks, X invited Y": where the talks are
    carried_invitations(state, events)  # "the ambassador handed over an invitation from Emir X": X invites, not him
    attendees_told_after(state, events)  # "... was held in Quito. Ministers of A, B, C and D discussed ...": its attendees
    sides_told_after(state, events)  # "A and B held talks. A's minister X and B's minister Y discussed ...": X and Y
    hosts_met(state, events)  # a visit's hosts: the host-state officials its visitor met during it
    visit_escorts(state, events)  # "The President was accompanied by a delegation including X": X visits
    witnesses_take_part(state, events)  # ... and takes part in its signing (after the story: no signer)
    meeting_attendees(state, events)  # "The meeting was attended by Ambassador X": a party of the talks, not a host
    without_nameless(state, events)  # "the Astara crossing point": a place the tagger read as a person
    without_private_posts(state, events)  # "Hamas leader X": a post outside the state, no named party
    unnamed_rounds(state, events)  # "the next round will be held in Riyadh": no one named takes part
    talked_of_rounds(state, events)  # "the ministers reviewed the preparations for the second session": none sits
    next_sittings(state, events)  # "The council decided that its next meeting will be held in Baku": the body again
    sideline_sides(state, events)  # "talks with X on the sidelines of the meeting of A, B, C and D": two sides
    mediating_states(state, events)  # "indirect talks between A and B, mediated by C": C sits too
    rosters(state, events)  # "the next meeting of the foreign ministers of A, B and C": those states sit
    three_sides(state, events)  # "The three ministers last met in Kars": three states' talks are multilateral
    member_sittings(state, events)  # "the meeting of Prosecutors General of the SCO member states": the SCO's
    body_hosts(events)  # "the meeting of the CIS Council ... was held in Dushanbe": its host sits too
    gathering_organisers(state, events)  # "The conference, co-organized by the UN, ...": the named conference's
    included_gatherings(state, events)  # "The meetings in Manila will also include the Regional Forum": there too
    placed_gathering_hosts(events)  # "... at the G8 summit in Scotland": a gathering's host is where it is held
    bilateral_sessions(state, events)  # "the session of the Kuwaiti-Brazilian committee": talks
    events = without_one_state_talks(state, events)  # "his country will continue the negotiations": no second state
    events = without_private_parties(state, events)  # "52,000 Venezuelans have arrived in Brazil": no one acts for a state
    cited_in_passing(state, events)  # "within the framework of the X Agreement between the two countries": no day, no signer
    recalled_signers(state, events)  # "... in November 2024, when the two sides signed a programme": no one lent
    for event in events:
        code_plover(event)
    state.events = events
