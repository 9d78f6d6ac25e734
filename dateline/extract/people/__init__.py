"""People, titles, organisations, countries and groups: the actors of a document.

* ``phrases`` -- where a person's title phrase is (left of the name, inside an organisation's
  name); ``appositions`` -- a title in apposition after the name; ``chains`` -- the "and" and
  dashes that join one title chain;
* ``predicates`` -- a title told after the name by a predicate or a membership ("who serves as
  Turkey's trade minister", "named X as his special envoy", "a member of the Political Bureau");
* ``roles`` -- whether a title phrase names a post outside the state (a company's, club's,
  party's or movement's: no title);
* ``title_info`` -- what the phrase says: the title without the country, the country, the
  organisation, the sector;
* ``actors`` -- one ActorDraft per person, country, organisation and group, with every mention
  (``run_people``, the stage).
"""

from dateline.extract.people.actors import run_people
from dateline.extract.people.title_info import TitleInfo

__all__ = ["TitleInfo", "run_people"]
