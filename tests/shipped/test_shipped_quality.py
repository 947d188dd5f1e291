"""Answer quality on labelled questions, judged by the project's shared scorer."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
LABELLED = {
    "shared": ROOT.parent / "shared" / "eval" / "questions.yaml",
    "dev": ROOT / "tests" / "data" / "dev_questions.yaml",
    # Written by someone who never saw the knowledge or the matcher, then used once to find
    # the kinds of question the matcher missed.
    "holdout": ROOT / "tests" / "data" / "holdout_questions.yaml",
    "holdout2": ROOT / "tests" / "data" / "holdout2_questions.yaml",
    "holdout3": ROOT / "tests" / "data" / "holdout3_questions.yaml",
    "holdout4": ROOT / "tests" / "data" / "holdout4_questions.yaml",
    "holdout5": ROOT / "tests" / "data" / "holdout5_questions.yaml",
    "holdout6": ROOT / "tests" / "data" / "holdout6_questions.yaml",
    "holdout7": ROOT / "tests" / "data" / "holdout7_questions.yaml",
    # Trick questions: what the article does not say, off-topic questions full of its words,
    # and people or places one letter away from members.
    "precision": ROOT / "tests" / "data" / "precision_questions.yaml",
    # Claims, comparisons, filters, counts, compound questions and quotes (issue #10): a floor
    # under today's figures, so what the claim checker and filters fixed stays fixed.
    "understanding_a": ROOT / "tests" / "data" / "understanding_a_questions.yaml",
    # Written after the claim checker, compound questions and quotes were built; scored once.
    "understanding_b": ROOT / "tests" / "data" / "understanding_b_questions.yaml",
    # Written after every #10 change of this session, scored once: the acceptance-style measure.
    "understanding_c": ROOT / "tests" / "data" / "understanding_c_questions.yaml",
    # New personas; the development set of the session after (first run 70.8 %).
    "understanding_d": ROOT / "tests" / "data" / "understanding_d_questions.yaml",
    # Sealed until every other change of that session was made (first run 83.0 %).
    "understanding_e": ROOT / "tests" / "data" / "understanding_e_questions.yaml",
    # Written at that session's end (first run 79.4 %), not tuned on.
    "understanding_f": ROOT / "tests" / "data" / "understanding_f_questions.yaml",
    # Written last, scored once after every change of that session (87.0 %), not tuned on.
    "understanding_g": ROOT / "tests" / "data" / "understanding_g_questions.yaml",
    # Written at the start of the session of 2026-12-02 (first run 79.0 %), then tuned on.
    "understanding_h": ROOT / "tests" / "data" / "understanding_h_questions.yaml",
    # That session's acceptance set: written mid-session, scored once after the last change (84.0 %).
    "understanding_i": ROOT / "tests" / "data" / "understanding_i_questions.yaml",
    # That session's last check, written near its end (first run 69.1 %), tuned on the next day.
    "understanding_j": ROOT / "tests" / "data" / "understanding_j_questions.yaml",
    # Written early in the session of 2026-12-03 (first run 83.3 %), then tuned on.
    "understanding_k": ROOT / "tests" / "data" / "understanding_k_questions.yaml",
    # That session's last check, written after its last change to answers (first run 85.2 %).
    "understanding_l": ROOT / "tests" / "data" / "understanding_l_questions.yaml",
    # Written at the start of the second session of 2026-12-03 (first run 78.9 %), then tuned on.
    "understanding_m": ROOT / "tests" / "data" / "understanding_m_questions.yaml",
    # Written mid-session (first run 84.3 %), then tuned on.
    "understanding_n": ROOT / "tests" / "data" / "understanding_n_questions.yaml",
    # The second session's last check (first run 81.5 %), tuned on in the third.
    "understanding_o": ROOT / "tests" / "data" / "understanding_o_questions.yaml",
    # Written at the start of the third session of 2026-12-03 (first run 85.8 %), then tuned on.
    "understanding_p": ROOT / "tests" / "data" / "understanding_p_questions.yaml",
    # Written mid-session (first run 84.0 %), then tuned on.
    "understanding_q": ROOT / "tests" / "data" / "understanding_q_questions.yaml",
    # The third session's last check (first run 84.4 %), tuned on in the fourth.
    "understanding_r": ROOT / "tests" / "data" / "understanding_r_questions.yaml",
    # Written at the start of the fourth session of 2026-12-03 (first run 82.8 %), then tuned on.
    "understanding_s": ROOT / "tests" / "data" / "understanding_s_questions.yaml",
    # The fourth session's mid-session check (first run 85.4 %), then tuned on.
    "understanding_t": ROOT / "tests" / "data" / "understanding_t_questions.yaml",
    # The fourth session's last check (first run 86.8 %), tuned on in the fifth.
    "understanding_u": ROOT / "tests" / "data" / "understanding_u_questions.yaml",
    # Written at the start of the fifth session of 2026-12-03 (first run 78.6 %), then tuned on.
    "understanding_v": ROOT / "tests" / "data" / "understanding_v_questions.yaml",
    # The fifth session's mid-session check (first run 85.9 %), then tuned on.
    "understanding_w": ROOT / "tests" / "data" / "understanding_w_questions.yaml",
    # The fifth session's second and last checks (first runs 84.3 % and 86.5 %), tuned on in the sixth.
    "understanding_x": ROOT / "tests" / "data" / "understanding_x_questions.yaml",
    "understanding_y": ROOT / "tests" / "data" / "understanding_y_questions.yaml",
    # The sixth to eighth sessions' and the sessions of 2026-12-04's sets (first runs 81.5-98.0 %).
    **{
        f"understanding_{name}": ROOT / "tests" / "data" / f"understanding_{name}_questions.yaml"
        for name in (
            "z",
            "za",
            "zb",
            "zc",
            "zd",
            "ze",
            "zf",
            "zg",
            "zh",
            "zi",
            "zj",
            "zk",
            "zl",
            "zm",
            "zn",
            "zo",
            "zp",
            "zq",
            "zr",
            "zs",
            "zt",
            "zu",
            "zv",
            "zw",
            "zx",
            "zy",
            "zz",
            "zza",
            "zzb",
            "zzc",
            "zzd",
            "zze",
            "zzf",
            "zzg",
            "zzh",
            "zzi",
            "zzj",
            "zzk",
            "zzl",
            "zzm",
            "zzn",
            "zzo",
            "zzp",
            "zzq",
            "zzr",
            "zzs",
            "zzt",
            "zzu",
            "zzv",
            "zzw",
            "zzx",
            "zzy",
            "zzz",
            "zzza",
            "zzzb",
            "zzzc",
            "zzzd",
            "zzze",
            "zzzf",
            "zzzg",
            "zzzh",
            "zzzi",
            "zzzj",
            "zzzk",
            "zzzl",
            "zzzm",
            "zzzn",
            "zzzo",
            "zzzp",
            "zzzq",
            "zzzr",
            "zzzs",
            "zzzt",
            "zzzu",
            "zzzv",
            "zzzw",
            "zzzx",
            "zzzy",
            "zzzz",
            "zzzzz",
            "zzzzzz",
            "zzzzzy",
            "zzzzzx",
            "zzzzzw",
            "zzzzzv",
            "zzzzzu",
        )
    },
}
CATEGORY_LINE = re.compile(r"^(\S+)\s+(\d+)/(\d+)\s+([\d.]+)%$")
SUMMARY_LINE = re.compile(r"score: (\d+)/(\d+) passed \(([\d.]+)%\)")


def score(questions: Path) -> tuple[float, dict[str, float], str]:
    result = subprocess.run(
        [sys.executable, str(SCORER), str(questions), "--verbose"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    categories = {m[1]: float(m[4]) for line in result.stdout.splitlines() if (m := CATEGORY_LINE.match(line))}
    summary = SUMMARY_LINE.search(result.stdout)
    assert summary, result.stdout
    return float(summary[3]), categories, result.stdout


@pytest.mark.skipif(not SCORER.exists(), reason="shared/eval is not beside the checkout")
@pytest.mark.parametrize(
    ("name", "overall", "per_category"),
    [
        ("shared", 97.0, 90.0),
        ("dev", 95.0, 85.0),
        ("holdout", 95.0, 85.0),
        ("holdout2", 95.0, 85.0),
        ("holdout3", 93.0, 80.0),
        ("holdout4", 95.0, 85.0),
        ("holdout5", 95.0, 85.0),
        ("holdout6", 95.0, 85.0),
        ("holdout7", 95.0, 85.0),
        ("precision", 95.0, 85.0),
        ("understanding_a", 93.0, 70.0),
        ("understanding_b", 94.0, 80.0),
        ("understanding_c", 91.0, 75.0),
        ("understanding_d", 85.0, 70.0),
        ("understanding_e", 91.0, 55.0),
        ("understanding_f", 88.0, 60.0),
        ("understanding_g", 92.0, 70.0),
        ("understanding_h", 92.0, 75.0),
        ("understanding_i", 89.0, 60.0),
        ("understanding_j", 90.0, 70.0),
        ("understanding_k", 89.0, 55.0),
        ("understanding_l", 83.0, 60.0),
        ("understanding_m", 84.0, 55.0),
        ("understanding_n", 83.0, 55.0),
        ("understanding_o", 87.0, 55.0),
        ("understanding_p", 90.0, 70.0),
        ("understanding_q", 87.0, 65.0),
        ("understanding_r", 89.0, 65.0),
        ("understanding_s", 86.0, 55.0),
        ("understanding_t", 87.0, 65.0),
        ("understanding_u", 86.0, 65.0),
        ("understanding_v", 88.0, 55.0),
        ("understanding_w", 87.0, 65.0),
        ("understanding_x", 85.0, 60.0),
        ("understanding_y", 88.0, 65.0),
        ("understanding_z", 86.0, 70.0),
        ("understanding_za", 85.0, 55.0),
        ("understanding_zb", 87.0, 60.0),
        ("understanding_zc", 92.0, 70.0),
        ("understanding_zd", 88.0, 65.0),
        ("understanding_ze", 89.0, 65.0),
        ("understanding_zf", 88.0, 58.0),
        ("understanding_zg", 85.0, 65.0),
        ("understanding_zh", 89.0, 70.0),
        ("understanding_zi", 94.0, 80.0),
        ("understanding_zj", 90.0, 65.0),
        ("understanding_zk", 96.0, 85.0),
        ("understanding_zl", 95.0, 80.0),
        ("understanding_zm", 96.0, 88.0),
        ("understanding_zn", 93.0, 80.0),
        ("understanding_zo", 96.0, 80.0),
        ("understanding_zp", 95.0, 85.0),
        ("understanding_zq", 93.0, 75.0),
        ("understanding_zr", 97.0, 80.0),
        ("understanding_zs", 95.0, 85.0),
        ("understanding_zt", 95.0, 80.0),
        ("understanding_zu", 98.0, 90.0),
        ("understanding_zv", 95.0, 75.0),
        ("understanding_zw", 95.0, 85.0),
        ("understanding_zx", 97.0, 85.0),
        ("understanding_zy", 95.0, 80.0),
        ("understanding_zz", 95.0, 85.0),
        ("understanding_zza", 96.0, 85.0),
        ("understanding_zzb", 97.0, 85.0),
        ("understanding_zzc", 97.0, 85.0),
        ("understanding_zzd", 98.0, 90.0),
        ("understanding_zze", 95.0, 70.0),
        ("understanding_zzf", 98.0, 90.0),
        ("understanding_zzg", 97.0, 90.0),
        ("understanding_zzh", 94.0, 80.0),
        ("understanding_zzi", 87.0, 70.0),
        ("understanding_zzj", 91.0, 60.0),
        ("understanding_zzk", 86.0, 70.0),
        ("understanding_zzl", 88.0, 65.0),
        ("understanding_zzm", 84.0, 65.0),
        ("understanding_zzn", 91.0, 70.0),
        ("understanding_zzo", 93.0, 70.0),
        ("understanding_zzp", 89.0, 70.0),
        ("understanding_zzq", 84.0, 65.0),
        ("understanding_zzr", 94.0, 75.0),
        ("understanding_zzs", 79.0, 60.0),
        ("understanding_zzt", 84.0, 55.0),
        ("understanding_zzu", 93.0, 80.0),
        ("understanding_zzv", 81.0, 60.0),
        ("understanding_zzw", 90.0, 65.0),
        ("understanding_zzx", 85.0, 65.0),
        ("understanding_zzy", 80.0, 60.0),
        ("understanding_zzz", 87.0, 70.0),
        ("understanding_zzza", 83.0, 60.0),
        ("understanding_zzzb", 89.0, 75.0),
        ("understanding_zzzc", 82.0, 62.0),
        ("understanding_zzzd", 85.0, 70.0),
        ("understanding_zzze", 81.0, 62.0),
        ("understanding_zzzf", 89.0, 65.0),
        ("understanding_zzzg", 84.0, 72.0),
        ("understanding_zzzh", 87.0, 70.0),
        ("understanding_zzzi", 94.0, 80.0),
        ("understanding_zzzj", 82.0, 48.0),
        ("understanding_zzzk", 91.0, 80.0),
        ("understanding_zzzl", 93.0, 80.0),
        ("understanding_zzzm", 90.0, 75.0),
        ("understanding_zzzn", 92.0, 80.0),
        ("understanding_zzzo", 90.0, 70.0),
        ("understanding_zzzp", 94.0, 85.0),
        ("understanding_zzzq", 92.0, 75.0),
        ("understanding_zzzr", 94.0, 80.0),
        ("understanding_zzzs", 93.0, 80.0),
        ("understanding_zzzt", 96.0, 80.0),
        ("understanding_zzzu", 95.0, 80.0),
        ("understanding_zzzv", 95.0, 80.0),
        ("understanding_zzzw", 93.0, 80.0),
        ("understanding_zzzx", 84.0, 58.0),
        ("understanding_zzzy", 95.0, 77.0),
        ("understanding_zzzz", 87.0, 50.0),
        ("understanding_zzzzz", 87.0, 72.0),
        ("understanding_zzzzzz", 86.0, 65.0),
        ("understanding_zzzzzy", 86.0, 62.0),
        ("understanding_zzzzzx", 84.0, 68.0),
        ("understanding_zzzzzw", 87.0, 75.0),
        ("understanding_zzzzzv", 87.0, 64.0),
        ("understanding_zzzzzu", 88.0, 70.0),
    ],
)
def test_labelled_questions_pass_overall_and_in_every_category(name: str, overall: float, per_category: float) -> None:
    total, categories, report = score(LABELLED[name])
    assert total >= overall, report
    assert categories and min(categories.values()) >= per_category, report


def test_the_held_out_conversations_keep_their_follow_ups_and_whole_conversations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The conversation sets (issue #8) were written by helpers who never saw the code: a floor
    under today's figures, a little below them, so what follow-ups learnt stays learnt."""
    from bot.cli import main

    floors = {  # first turns, follow-ups, whole conversations
        "conversations_a.yaml": (95.0, 92.0, 83.0),
        "conversations_b.yaml": (95.0, 86.0, 60.0),
        "conversations_c.yaml": (97.0, 89.0, 78.0),
        "conversations_d.yaml": (97.0, 86.0, 73.0),
        "conversations_e.yaml": (97.0, 90.0, 78.0),
        "conversations_f.yaml": (97.0, 92.0, 78.0),
        "conversations_g.yaml": (95.0, 90.0, 70.0),
        "conversations_h.yaml": (95.0, 85.0, 65.0),
        "conversations_i.yaml": (90.0, 75.0, 40.0),
        "conversations_j.yaml": (95.0, 89.0, 66.0),
        "conversations_k.yaml": (93.0, 90.0, 78.0),
        "conversations_l.yaml": (97.0, 94.0, 88.0),
        "conversations_m.yaml": (95.0, 84.0, 55.0),
        "conversations_n.yaml": (97.0, 94.0, 85.0),
        "conversations_o.yaml": (96.0, 90.0, 72.0),
        "conversations_p.yaml": (96.0, 95.0, 88.0),
        "conversations_q.yaml": (91.0, 85.0, 60.0),
        "conversations_r.yaml": (89.0, 84.0, 55.0),
        "conversations_s.yaml": (97.0, 95.0, 88.0),
        "conversations_t.yaml": (96.0, 95.0, 85.0),
        "conversations_u.yaml": (95.0, 93.0, 80.0),
        "conversations_v.yaml": (96.0, 96.0, 88.0),
        "conversations_w.yaml": (97.0, 96.0, 88.0),
        "conversations_ze.yaml": (97.0, 91.0, 75.0),
        "conversations_zf.yaml": (97.0, 82.0, 60.0),
        "conversations_zg.yaml": (96.0, 94.0, 78.0),
        "conversations_zh.yaml": (96.0, 90.0, 70.0),
        "conversations_zi.yaml": (97.0, 92.0, 75.0),
        "conversations_zj.yaml": (97.0, 88.0, 75.0),
        "conversations_zk.yaml": (97.0, 96.0, 90.0),
        "conversations_zl.yaml": (97.0, 90.0, 78.0),
        "conversations_zm.yaml": (97.0, 94.0, 82.0),
        "conversations_zn.yaml": (97.0, 96.0, 90.0),
        "conversations_zo.yaml": (97.0, 90.0, 74.0),
        "conversations_zp.yaml": (97.0, 94.0, 82.0),
        "conversations_zq.yaml": (97.0, 95.0, 88.0),
        "conversations_zr.yaml": (97.0, 89.0, 76.0),
        "conversations_zs.yaml": (97.0, 89.0, 70.0),
        "conversations_zt.yaml": (97.0, 95.0, 84.0),
        "conversations_zu.yaml": (97.0, 96.0, 88.0),
        "conversations_zv.yaml": (97.0, 93.0, 84.0),
        "conversations_zw.yaml": (97.0, 97.0, 94.0),
        "conversations_zx.yaml": (97.0, 91.0, 76.0),
        "conversations_zy.yaml": (97.0, 95.0, 88.0),
        "conversations_zz.yaml": (97.0, 96.0, 92.0),
        "conversations_zza.yaml": (97.0, 93.0, 82.0),
        "conversations_zzb.yaml": (97.0, 96.0, 92.0),
        "conversations_zzc.yaml": (97.0, 95.0, 87.0),
        "conversations_zzd.yaml": (97.0, 92.0, 84.0),
        "conversations_zze.yaml": (93.0, 89.0, 68.0),
        "conversations_zzf.yaml": (91.0, 82.0, 48.0),
        "conversations_zzg.yaml": (87.0, 85.0, 54.0),
        "conversations_zzh.yaml": (97.0, 92.0, 72.0),
        "conversations_zzi.yaml": (95.0, 81.0, 54.0),
        "conversations_zzj.yaml": (93.0, 90.0, 72.0),
        "conversations_zzk.yaml": (97.0, 90.0, 70.0),
        "conversations_zzl.yaml": (95.0, 84.0, 62.0),
        "conversations_zzm.yaml": (97.0, 87.0, 56.0),
        "conversations_zzn.yaml": (93.0, 91.0, 72.0),
        "conversations_zzo.yaml": (69.0, 72.0, 30.0),
        "conversations_zzp.yaml": (89.0, 68.0, 28.0),
        "conversations_zzq.yaml": (95.0, 90.0, 62.0),
        "conversations_zzr.yaml": (85.0, 76.0, 44.0),
        "conversations_zzs.yaml": (89.0, 83.0, 42.0),
        "conversations_zzt.yaml": (89.0, 82.0, 56.0),
        "conversations_zzu.yaml": (77.0, 80.0, 36.0),
        "conversations_zzv.yaml": (95.0, 80.0, 44.0),
        "conversations_zzw.yaml": (93.0, 84.0, 50.0),
        "conversations_zzx.yaml": (97.0, 83.0, 48.0),
        "conversations_zzy.yaml": (85.0, 83.0, 40.0),
        "conversations_zzz.yaml": (90.0, 73.0, 34.0),
        "conversations_zzza.yaml": (82.0, 70.0, 28.0),
        "conversations_zzzb.yaml": (81.0, 81.0, 32.0),
        "conversations_zzzc.yaml": (77.0, 83.0, 44.0),
        "conversations_zzzd.yaml": (87.0, 83.0, 54.0),
        "conversations_zzze.yaml": (85.0, 89.0, 60.0),
        "conversations_zzzf.yaml": (79.0, 74.0, 26.0),
        "conversations_zzzg.yaml": (91.0, 86.0, 58.0),
        "conversations_zzzh.yaml": (95.0, 93.0, 74.0),
        "conversations_zzzi.yaml": (87.0, 85.0, 48.0),
        "conversations_zzzj.yaml": (91.0, 81.0, 48.0),
        "conversations_zzzk.yaml": (89.0, 92.0, 66.0),
        "conversations_zzzl.yaml": (87.0, 84.0, 56.0),
        "conversations_zzzm.yaml": (91.0, 83.0, 42.0),
        "conversations_zzzn.yaml": (93.0, 88.0, 66.0),
        "conversations_zzzo.yaml": (95.0, 86.0, 60.0),
        "conversations_zzzp.yaml": (87.0, 92.0, 62.0),
        "conversations_zzzq.yaml": (91.0, 87.0, 64.0),
        "conversations_zzzr.yaml": (93.0, 88.0, 56.0),
        "conversations_zzzs.yaml": (87.0, 85.0, 50.0),
        "conversations_zzzt.yaml": (73.0, 77.0, 32.0),
        "conversations_zzzu.yaml": (91.0, 86.0, 56.0),
        "conversations_zzzv.yaml": (81.0, 76.0, 30.0),
        "conversations_zzzw.yaml": (77.0, 75.0, 30.0),
        "conversations_zzzx.yaml": (97.0, 90.0, 68.0),
        "conversations_zzzy.yaml": (89.0, 82.0, 50.0),
        "conversations_zzzz.yaml": (87.0, 82.0, 52.0),
        "conversations_zzzzz.yaml": (90.0, 71.0, 30.0),
        "conversations_zzzzy.yaml": (84.0, 73.0, 34.0),
        "conversations_zzzzx.yaml": (84.0, 70.0, 38.0),
    }
    for name, (first, follow_ups, whole) in floors.items():
        main(["eval", str(ROOT / "tests" / "data" / name), "--json"])
        report = json.loads(capsys.readouterr().out)["conversations"]
        assert report["first_turns"]["rate"] >= first, (name, report)
        assert report["follow_ups"]["rate"] >= follow_ups, (name, report)
        assert report["conversations"]["rate"] >= whole, (name, report)
