"""A French canvas gets French output, an English one English, whatever the environment.

Lints, validates and diffs canvases through the CLI and reads every line for the function
words of the other language (user text, quoted, and code in backticks are left out).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relcanvas.cli import app

ROOT = Path(__file__).resolve().parents[2]

ENGLISH_WORDS = frozenset(
    [
        "the",
        "is",
        "has",
        "not",
        "with",
        "without",
        "should",
        "no",
        "and",
        "of",
        "to",
        "at",
        "by",
        "does",
        "checked",
        "finding",
        "findings",
        "file",
        "files",
        "missing",
        "unknown",
        "expected",
        "got",
        "fix",
        "all",
    ]
)
FRENCH_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "est",
        "n’a",
        "pas",
        "aucun",
        "aucune",
        "avec",
        "sans",
        "une",
        "du",
        "dans",
        "fichier",
        "fichiers",
        "constat",
        "constats",
        "vérifié",
        "vérifiés",
        "manque",
        "correction",
        "à",
        "et",
    ]
)

FRENCH_FINDINGS = """\
relcanvas: 1
title: Agence
language: fr
segments:
  - {id: a, name: Grands comptes, value: élevé}
  - {id: b, name: Petites entreprises, value: faible}
interaction:
  - {segment: a, human_contact: moyen, personalization: moyen, automation: moyen}
  - {segment: b, human_contact: moyen, personalization: moyen, automation: moyen}
touchpoints:
  - {name: Assistance, phase: support, channel: téléphone, frequency: à la demande}
  - {name: Dépannage, phase: support, channel: téléphone, frequency: à la demande}
  - {name: Relance, channel: courriel, proactive: true}
evolution:
  - {phase: développement, objectives: [Vendre plus]}
authors:
  - {name: Anne, role: ventes}
"""
FRENCH_INVALID = """\
relcanvas: 1
title: Agence
language: fr
segmants: []
segments:
  - {id: a, name: Grands comptes, value: immense}
  - {id: a, name: Petites entreprises, value: [faible]}
tools:
  - {name: Tableur, touchpoints: [relanse]}
"""
ENGLISH_FINDINGS = """\
relcanvas: 1
title: Agency
language: en
segments:
  - {id: a, name: Key accounts, value: high}
  - {id: b, name: Small firms, value: low}
interaction:
  - {segment: a, human_contact: medium, personalization: medium, automation: medium}
  - {segment: b, human_contact: medium, personalization: medium, automation: medium}
touchpoints:
  - {name: Helpdesk, phase: support, channel: phone, frequency: on_demand}
  - {name: Repairs, phase: support, channel: phone, frequency: on_demand}
  - {name: Reminder, channel: email, proactive: true}
evolution:
  - {phase: growth, objectives: [Sell more]}
authors:
  - {name: Ann, role: sales}
"""
ENGLISH_INVALID = """\
relcanvas: 1
title: Agency
language: en
segmants: []
segments:
  - {id: a, name: Key accounts, value: huge}
  - {id: a, name: Small firms, value: [low]}
"""


def words_of(output: str) -> set[str]:
    """The words relcanvas wrote: without quoted user text, code and paths."""
    text = re.sub(r"'[^'\n]*'|`[^`\n]*`|\S+\.yaml\S*|\S*/\S*", " ", output)
    return {w.lower() for w in re.findall(r"[^\W\d_]+(?:’[^\W\d_]+)?", text)}


def outputs(tmp_path: Path, env: dict[str, str], *canvases: str) -> list[str]:
    """lint (text and JSON), validate and diff of the canvases, every line they print."""
    paths = []
    for i, text in enumerate(canvases):
        path = tmp_path / f"c{i}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    runner = CliRunner()
    found = []
    for args in (
        ["lint", *paths],
        ["lint", "--format", "json", *paths],
        ["lint", "--format", "github", *paths],
        ["validate", *paths],
        ["diff", paths[0], paths[1]],
    ):
        result = runner.invoke(app, args, env=env)
        assert result.exit_code in (0, 1, 2), (args, result.output)
        found.append(readable(args, result.stdout) + result.stderr)
    return found


def readable(args: list[str], output: str) -> str:
    """What a person reads: JSON's messages and hints, GitHub annotations' text."""
    if "json" in args:
        findings = json.loads(output)["findings"]
        return "\n".join(f"{f['message']}\n{f['fix']}" for f in findings)
    if "github" in args:
        lines = [line.split("::", 2)[2] for line in output.splitlines() if "::" in line[2:]]
        return "\n".join(line.replace("%0A", "\n") for line in lines)
    return output


def changed(text: str) -> str:
    return text.replace("Relance", "Rappel").replace("Reminder", "Follow-up")


@pytest.mark.parametrize("environ", ["C.UTF-8", "en_US.UTF-8"])
def test_french_canvases_get_french_output(tmp_path: Path, environ: str) -> None:
    env = {"LANG": environ, "LC_ALL": "", "LC_MESSAGES": "", "NO_COLOR": "1"}
    for output in outputs(tmp_path, env, FRENCH_FINDINGS, changed(FRENCH_FINDINGS)):
        assert output.strip()
        assert words_of(output) & ENGLISH_WORDS == set(), output
    (invalid,) = outputs(tmp_path, env, FRENCH_INVALID, FRENCH_FINDINGS)[3:4]
    assert "non valide" in invalid and words_of(invalid) & ENGLISH_WORDS == set(), invalid


def test_english_canvases_get_english_output_in_a_french_environment(tmp_path: Path) -> None:
    env = {"LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "NO_COLOR": "1"}
    for output in outputs(tmp_path, env, ENGLISH_FINDINGS, changed(ENGLISH_FINDINGS)):
        assert output.strip()
        assert words_of(output) & FRENCH_WORDS == set(), output
    (invalid,) = outputs(tmp_path, env, ENGLISH_INVALID, ENGLISH_FINDINGS)[3:4]
    assert "invalid" in invalid and words_of(invalid) & FRENCH_WORDS == set(), invalid


def test_lang_option_wins_over_the_canvas(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(FRENCH_FINDINGS, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--lang", "en", str(path)], env={"LANG": "fr_FR"})
    assert "channel 'Phone' has no response time" in result.stdout
    assert words_of(result.stdout) & FRENCH_WORDS == set(), result.stdout


def test_french_examples_are_clean_and_speak_french(tmp_path: Path) -> None:
    examples = sorted(str(p) for p in (ROOT / "examples").glob("*.fr.yaml"))
    result = CliRunner().invoke(app, ["lint", *examples], env={"LANG": "C"})
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{len(examples)} fichiers vérifiés\u00a0: aucun constat.\n"


def test_config_lang_sets_the_team_language(tmp_path: Path) -> None:
    (tmp_path / ".relcanvas.toml").write_text('lang = "fr"\n', encoding="utf-8")
    path = tmp_path / "c.yaml"
    path.write_text(ENGLISH_FINDINGS, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", str(path)], env={"LANG": "C"})
    assert "le canal «\u00a0Téléphone\u00a0» n’a pas de délai de réponse" in result.stdout
    assert "    correction\u00a0: Indiquez `response_time`" in result.stdout
    assert result.stdout.endswith("(12 avertissements, 2 informations).\n")
    english = CliRunner().invoke(app, ["lint", "--lang", "en", str(path)], env={"LANG": "C"})
    assert "channel 'Phone' has no response time" in english.stdout


def test_config_errors_in_french(tmp_path: Path) -> None:
    (tmp_path / ".relcanvas.toml").write_text('lang = "de"\nignore = ["RC2O9"]\n')
    path = tmp_path / "c.yaml"
    path.write_text(ENGLISH_FINDINGS, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", str(path)], env={"LANG": "fr_FR.UTF-8"})
    assert result.exit_code == 2
    assert result.stderr.startswith("relcanvas: ")
    assert words_of(result.stderr) & ENGLISH_WORDS == set(), result.stderr


def _relcanvas(*args: str, lang: str = "C") -> tuple[int, str, str]:
    """The real command in a fresh process: help texts are read from its environment."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "COLUMNS": "200"}
    env["PYTHONPATH"] = str(ROOT / "src")
    done = subprocess.run(
        [sys.executable, "-m", "relcanvas", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def test_help_in_french_with_described_metavars() -> None:
    code, out, _ = _relcanvas("lint", "--help", "--lang", "fr")
    assert code == 0
    assert "Confronter les canevas aux bonnes pratiques" in out
    assert "Afficher cette aide et quitter." in out
    assert "Format de sortie\u00a0: text\u00a0: " in out and "junit\u00a0: " in out
    assert "<bool>" not in out and "<str>" not in out and "<list" not in out
    for metavar in ("FORMAT", "SEVERITY", "RULES", "FILE", "LANG", "PATH"):
        assert metavar in out
    code, out, _ = _relcanvas("--help", lang="fr_FR.UTF-8")
    assert "Commandes" in out and "Valider, analyser, comparer" in out


def test_usage_errors_are_one_line_in_the_reader_language() -> None:
    assert _relcanvas("lint", "--zzz") == (2, "", "relcanvas: error: No such option: --zzz\n")
    assert _relcanvas("lint", "--zzz", lang="fr_FR.UTF-8") == (
        2,
        "",
        "relcanvas: erreur\u00a0: option inconnue\u00a0: --zzz\n",
    )
    code, _, err = _relcanvas("lint", "-f", "xml", "x.yaml", "--lang", "fr")
    assert code == 2
    assert err == (
        "relcanvas: erreur\u00a0: valeur non valide pour '--format' / '-f'\u00a0: "
        "'xml' n’est pas parmi 'text', 'json', 'sarif', 'github', 'gitlab', 'junit'\n"
    )


def test_skipped_files_are_said_in_the_reader_language(tmp_path: Path) -> None:
    import os

    (tmp_path / "c.yaml").write_text(FRENCH_FINDINGS, encoding="utf-8")
    os.mkfifo(tmp_path / "p.yaml")
    result = CliRunner().invoke(app, ["lint", str(tmp_path)], env={"LANG": "fr_FR.UTF-8"})
    assert result.stderr == (
        f"relcanvas: avertissement\u00a0: {tmp_path / 'p.yaml'}\u00a0: ignoré\u00a0: "
        "est un tube nommé (FIFO), pas un fichier ordinaire\n"
    )


def test_rules_columns_in_french() -> None:
    result = CliRunner().invoke(app, ["rules", "--lang", "fr"])
    assert result.exit_code == 0
    line = next(x for x in result.stdout.splitlines() if x.startswith("RC209"))
    assert re.match(r"RC209  no-response-time +avertissement  Points de contact +Un canal", line)
    first = result.stdout.splitlines()[0]
    assert re.match(r"RC001  not-utf8 +erreur +fichier +Le fichier", first)
    english = CliRunner().invoke(app, ["rules", "--lang", "en"]).stdout.splitlines()
    line = next(x for x in english if x.startswith("RC209"))
    assert re.match(r"RC209  no-response-time +warning +Touchpoints +A ", line)


def test_a_path_or_option_is_joined_to_its_message_as_the_language_writes_it(
    tmp_path: Path,
) -> None:
    missing = str(tmp_path / "absent.yaml")
    french = {"LANG": "fr_FR.UTF-8"}
    said = CliRunner().invoke(app, ["validate", missing], env=french)
    assert said.exit_code == 2
    assert (
        said.stderr == f"relcanvas: erreur\u00a0: {missing}\u00a0: fichier ou dossier introuvable\n"
    )
    said = CliRunner().invoke(app, ["lint", "--select", "RC99", missing], env=french)
    assert said.exit_code == 2
    assert said.stderr.startswith("relcanvas: erreur\u00a0: --select\u00a0: aucun code de règle")
    said = CliRunner().invoke(app, ["lint", "--select", "RC99", missing], env={"LANG": "C"})
    assert said.stderr.startswith("relcanvas: error: --select: no rule code starts with")
