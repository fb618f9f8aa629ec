from studio.analysis.scriptfile import line_col, parse_script, to_markdown


def test_plain_text_is_one_segment():
    [seg] = parse_script("Just a script.\nTwo lines.")
    assert seg.text == "Just a script.\nTwo lines." and seg.offset == 0


def test_headings_start_segments_and_offsets_map_back():
    text = "Intro words\n# Hook\nDid you know?\n\n## Finding\nWalking helps.\n### not a segment\nmore"
    segs = parse_script(text)
    assert [s.name for s in segs] == ["Intro", "Hook", "Finding"]
    for s in segs:
        assert text[s.offset:s.offset + len(s.text)] == s.text
    assert "### not a segment" in segs[2].text


def test_round_trip_markdown():
    md = to_markdown([("Hook", "Did you know?"), ("Call to action", "Follow for more.")])
    assert [(s.name, s.text.strip()) for s in parse_script(md)] == [
        ("Hook", "Did you know?"), ("Call to action", "Follow for more.")]


def test_crlf_and_line_col():
    segs = parse_script("# A\r\nx\r\n# B\r\ny")
    assert [s.text.strip() for s in segs] == ["x", "y"]
    assert line_col("ab\ncd", 4) == (2, 2)
    assert line_col("", 5) == (1, 1)
