"""What ``set_opt_out`` answers is what is in force: configured opt-outs and BOT_RECORD=off win."""

from __future__ import annotations

from typing import Any

from bot.curation.store import NullRecorder


def test_opting_in_a_configured_chat_leaves_it_out(recorder_factory: Any) -> None:
    recorder = recorder_factory(opt_out_chats=frozenset({13}))
    assert recorder.set_opt_out(13, False) is False
    assert recorder.is_opted_out(13)
    assert recorder.set_opt_out(14, True) is False
    assert recorder.set_opt_out(14, False) is True
    assert not recorder.is_opted_out(14)


def test_with_recording_off_nothing_is_ever_recorded() -> None:
    recorder = NullRecorder()
    assert recorder.set_opt_out(5, False) is False
    assert recorder.set_opt_out(5, True) is False
    assert recorder.is_opted_out(5)
