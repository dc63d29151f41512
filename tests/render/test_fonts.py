"""The PDF is set in the fonts relcanvas ships, so its bytes do not depend on the machine's.

Each render runs in a process of its own, because fontconfig reads ``FONTCONFIG_FILE`` once:
the machine's own configuration, one that knows no font at all, and one where Lato is
installed system-wide (as Debian's fonts-lato does) beside the system's fonts.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from relcanvas.render.fonts import FACES, FALLBACK_ADVANCE, SYMBOL_FAMILY, advances, font_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "atelier-nord-b2b.fr.yaml"

NO_FONTS = "<fontconfig></fontconfig>"
LATO_INSTALLED = """<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>"""


def render(tmp_path: Path, name: str, args: list[str], fontconfig: str | None) -> bytes:
    env = dict(os.environ)
    if fontconfig is not None:
        conf = tmp_path / f"{name}.conf"
        conf.write_text('<?xml version="1.0"?>\n' + fontconfig, "utf-8")
        env["FONTCONFIG_FILE"] = str(conf)
    out = tmp_path / f"{name}.pdf"
    command = [sys.executable, "-m", "relcanvas", "render", *args, "-o", str(out)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Warning" not in done.stderr, done.stderr
    return out.read_bytes()


def font_names(data: bytes) -> set[str]:
    """The base names of every font a PDF embeds, without the subset prefix."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [[str(EXAMPLE), "--paper", "a3"], ["--blank", "--lang", "en", "--paper", "a4"]],
    ids=["canvas", "blank"],
)
def test_same_pdf_bytes_with_and_without_system_fonts(tmp_path: Path, args: list[str]) -> None:
    fonts_dir = font_file(FACES[0].file).parent
    lato = LATO_INSTALLED.format(fonts=fonts_dir, cache=tmp_path / "cache")
    machine = render(tmp_path, "machine", args, None)
    bare = render(tmp_path, "bare", args, NO_FONTS)
    with_lato = render(tmp_path, "lato", args, lato)
    assert machine == bare, "the PDF changed when the machine had no fonts"
    assert machine == with_lato, "the PDF changed when Lato was installed on the machine"
    names = font_names(machine)
    assert names and all(name.startswith("relcanvas-") for name in names), names


def test_every_face_is_shipped_with_its_licence() -> None:
    for face in FACES:
        assert font_file(face.file).read_bytes()[:4] == b"\x00\x01\x00\x00", face.file
    folder = font_file(FACES[0].file).parent
    assert "SIL Open Font License" in folder.joinpath("OFL.txt").read_text("utf-8")
    assert "Bitstream" in folder.joinpath("LICENSE-DejaVu.txt").read_text("utf-8")


def test_the_layout_measures_the_shipped_fonts() -> None:
    regular, bold = advances(False), advances(True)
    assert regular("W") != FALLBACK_ADVANCE and bold("W") > regular("W")
    assert regular("é") == regular("e")  # Lato's accented letters keep the base width
    star = regular("★")  # not in Lato: measured in the symbol font, not guessed
    assert star != FALLBACK_ADVANCE and star > 0
    assert any(face.family == SYMBOL_FAMILY for face in FACES)
