"""`pardonwatch explain` names the deciding sentence and rule; `pardonwatch
rules` and docs/rules.md list every rule id in words."""

import json

from click.testing import CliRunner

from pipeline.cli.explain import explain_command, rules_command
from pipeline.detect import detect
from pipeline.detect.catalogue import KIND_WORDS, LANGUAGES, catalogue, describe, markdown
from pipeline.detect.explain import explain
from pipeline.detect.lexicon import LEXICONS
from pipeline.settings import PROJECT_ROOT, Settings

CALL = "Rights groups called on the king to pardon the jailed journalists before the holiday."
GRANT = "The King pardoned 2,000 prisoners on Throne Day, the palace said."


def test_explain_names_the_block_rule_that_rejected_a_call():
    result = explain(CALL, lang="en")
    assert not result.taken
    [deciding] = result.deciding
    assert deciding.sentence == CALL and deciding.rules == ("en.block.call",)
    assert "a call or demand for a pardon" in result.reason


def test_explain_names_the_announce_rule_that_took_a_grant():
    result = explain(GRANT, lang="en")
    assert result.taken and result.deciding[0].rules == ("en.grant.verb_past",)


def test_a_stored_rejection_keeps_its_deciding_sentence():
    payload = detect(CALL, lang="en").to_dict()
    assert payload["is_pardon_announcement"] is False and payload["evidence"] == [CALL]


def test_the_explain_command_reads_a_file_and_prints_rule_ids_in_words(tmp_path):
    text = tmp_path / "call.txt"
    text.write_text(CALL)
    settings = Settings(data_dir=tmp_path / "data")
    out = CliRunner().invoke(explain_command, [str(text), "--format", "json"], obj=settings)
    data = json.loads(out.output)
    assert data["taken"] is False
    assert data["deciding"][0]["rules"][0]["id"] == "en.block.call"
    assert "call or demand" in data["deciding"][0]["rules"][0]["words"]


def test_every_rule_of_every_table_is_in_the_catalogue_in_words():
    listed = {r.id: r for r in catalogue()}
    for lex in LEXICONS.values():
        for table in ("announce", "block", "mask", "earlier"):
            for rule in getattr(lex, table):
                assert listed[rule.id].table == table
                assert rule.kind in KIND_WORDS, f"{rule.id}: add its kind to KIND_WORDS"
                assert listed[rule.id].lang in LANGUAGES
                assert describe(rule.id) != rule.id


def test_the_rules_command_prints_json_ids():
    out = CliRunner().invoke(rules_command, ["--lang", "fa", "--format", "json"]).output
    assert {r["language"] for r in json.loads(out)} == {"fa"}


def test_docs_rules_md_is_generated_from_the_tables():
    written = (PROJECT_ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert written == markdown(), "run: pardonwatch rules --format markdown > docs/rules.md"
