"""The cache of parsed lexicons and the city index (dateline/lexicons/cache.py): a value is read
back only for the same sources, a damaged or unwritable cache costs only the build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dateline.extract import places
from dateline.lexicons.cache import cache_folder, cached, code_digest
from dateline.lexicons.loader import lexicon_text, load_lexicon, parse_lexicon

REPO = Path(__file__).resolve().parents[2]
TITLES = "titles:\n  - {name: Foreign Minister, short: FM}\n  - {name: Prime Minister, short: PM}\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value

    return calls, build


def test_a_value_is_built_once_and_read_back_for_the_same_sources(folder: Path) -> None:
    data = parse_lexicon("titles.yaml", TITLES)
    calls, build = _counting(data)
    assert cached("titles", [TITLES], build) == data
    assert cached("titles", [TITLES], build) == data
    assert calls == [1]
    assert len(list(folder.glob("titles-*.marshal"))) == 1


def test_changed_sources_are_built_anew_and_replace_the_old_file(folder: Path) -> None:
    edited = TITLES + "  - {name: Defence Minister, short: DM}\n"
    cached("titles", [TITLES], lambda: parse_lexicon("t", TITLES))
    again = cached("titles", [edited], lambda: parse_lexicon("t", edited))
    assert [t["short"] for t in again["titles"]] == ["FM", "PM", "DM"]
    kept = list(folder.glob("titles-*.marshal"))
    assert len(kept) == 1
    assert cached("titles", [edited], lambda: pytest.fail("read back, not built")) == again


def test_kinds_do_not_share_files(folder: Path) -> None:
    cached("cities", ["v1"], lambda: {"baku": ["Baku", "AZ"]})
    cached("cities-extra", ["v1"], lambda: {"astana": ["Astana", "KZ"]})
    cached("cities", ["v2"], lambda: {"baku": ["Baku", "AZ"]})  # replaces cities-<v1> only
    assert cached("cities-extra", ["v1"], lambda: pytest.fail("kept")) == {"astana": ["Astana", "KZ"]}


def test_a_damaged_file_is_rebuilt(folder: Path) -> None:
    cached("titles", [TITLES], lambda: parse_lexicon("t", TITLES))
    (path,) = folder.glob("titles-*.marshal")
    path.write_bytes(b"\x00garbage")
    calls, build = _counting({"fixed": True})
    assert cached("titles", [TITLES], build) == {"fixed": True}
    assert calls == [1]
    assert cached("titles", [TITLES], lambda: pytest.fail("rewritten")) == {"fixed": True}


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_folder_only_costs_the_build(folder: Path) -> None:
    folder.mkdir()
    folder.chmod(0o500)
    try:
        calls, build = _counting([1, 2])
        assert cached("numbers", ["a"], build) == [1, 2]
        assert cached("numbers", ["a"], build) == [1, 2]
        assert calls == [1, 1]
    finally:
        folder.chmod(0o700)


def test_a_folder_that_is_a_file_only_costs_the_build(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("DATELINE_CACHE", str(blocker))
    calls, build = _counting({"a": 1})
    assert cached("numbers", ["a"], build) == {"a": 1}
    assert cached("numbers", ["a"], build) == {"a": 1}
    assert calls == [1, 1]


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CACHE", "off")
    assert cache_folder() is None
    calls, build = _counting("x")
    cached("x", ["a"], build)
    cached("x", ["a"], build)
    assert calls == [1, 1]


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DATELINE_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_folder() == tmp_path / "dateline"


def test_code_digest_changes_with_the_code() -> None:
    def one() -> int:
        return 1

    def two() -> int:
        return 2

    assert code_digest(one) == code_digest(one)
    assert code_digest(one) != code_digest(two)
    with pytest.raises(TypeError):
        code_digest(len)


def test_code_digest_is_the_same_in_every_process() -> None:
    # other string hashes, another import order and a profiler: the city index's key holds
    script = ("import sys, {first}\n"
              "from dateline.extract import places\n"
              "from dateline.gazetteer import soft_fold\n"
              "from dateline.lexicons.cache import code_digest\n"
              "print(code_digest(places._city_index, soft_fold).hex())")
    digests = set()
    for seed, first in (("1", "json"), ("2", "cProfile; cProfile.Profile().enable(); "
                                              "import dateline.extract.pipeline")):
        done = subprocess.run([sys.executable, "-c", script.format(first=first)],
                              env={**os.environ, "PYTHONHASHSEED": seed}, cwd=REPO,
                              capture_output=True, text=True, check=True, timeout=120)
        digests.add(done.stdout.strip())
    assert len(digests) == 1 and next(iter(digests))


def test_lexicons_read_back_are_the_yaml_data(folder: Path) -> None:
    for name in ("countries.yaml", "people.yaml", "event_words.yaml"):
        parsed = yaml.safe_load(lexicon_text(name))
        load_lexicon.cache_clear()
        first = load_lexicon(name)  # built and written
        load_lexicon.cache_clear()
        again = load_lexicon(name)  # read back
        assert first == again == parsed
    assert len(list(folder.glob("dateline.lexicons.*.marshal"))) == 3


def test_the_city_index_read_back_finds_the_same_cities(folder: Path) -> None:
    places._cities.cache_clear()
    try:
        built = places.city_place("Almaty")
        places._cities.cache_clear()
        read = places.city_place("Almaty")
        assert built == read
        assert read is not None and read.country == "KAZ" and read.lat is not None
        assert places.city_place("Saint Petersburg") == places.city_place("St. Petersburg")
        assert list(folder.glob("geonames-cities-*.marshal"))
    finally:
        places._cities.cache_clear()
        load_lexicon.cache_clear()
