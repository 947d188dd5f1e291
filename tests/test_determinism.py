"""The same question gets the same answer on every run, whatever Python's hash seed."""

import os
import subprocess
import sys

_CORRECT = (
    "from bot.core.matcher import SpellingCorrector; print(SpellingCorrector(['sit', 'its', 'tis']).correct('ist'))"
)


def test_a_typo_that_swaps_into_two_words_is_corrected_the_same_way_under_every_hash_seed() -> None:
    # "ist" is a swap of "its", "sit" and "tis"; the first found once depended on a set's order.
    corrected = {
        subprocess.run(
            [sys.executable, "-c", _CORRECT],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(1, 6)
    }
    assert len(corrected) == 1
