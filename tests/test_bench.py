"""graph/bench.py: how `kg bench` and bench/ner_bench.py time their readers."""
from graph.bench import ROUNDS, paired_rates


def test_readers_take_turns_on_each_batch_after_an_untimed_warm_read():
    calls = []
    readers = {name: (lambda batch, name=name: calls.append((name, tuple(batch)))) for name in ("ours", "jieba")}
    batches = [["村民张勇说，今年收成好。"], ["镇党委书记王浙榕带领工作队走进高寨村。", "他说：“好！”"]]
    rates = paired_rates(readers, batches, warm=["习近平在北京会见外宾。"])
    assert calls[:2] == [("ours", ("习近平在北京会见外宾。",)), ("jieba", ("习近平在北京会见外宾。",))]
    timed = calls[2:]
    assert len(timed) == ROUNDS * len(batches) * len(readers)
    # side by side: each batch goes to every reader before the next batch
    assert timed[:4] == [("ours", tuple(batches[0])), ("jieba", tuple(batches[0])),
                         ("ours", tuple(batches[1])), ("jieba", tuple(batches[1]))]
    assert set(rates) == {"ours", "jieba"} and all(rate > 0 for rate in rates.values())


def test_a_report_the_tests_quote_is_never_drawn_as_unseen(tmp_path):
    # bench/fresh_docs.py: a CCTV item whose sentence a test quotes has shaped the rules (xwlb-news 2023-04-20, quoted
    # by test_orgs, was drawn into a held-out set); a programme's long name, in hundreds of reports, excludes none
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from fresh_docs import _fits, quoted_in_tests

    (tmp_path / "test_x.py").write_text('T = "记者从国家电网了解到，针对东北地区此轮强降雪天气，当地电力部门全力组织抢修。"\n'
                                        'P = "学习贯彻习近平新时代中国特色社会主义思想主题教育"\n', encoding="utf-8")
    quoted = quoted_in_tests(tmp_path)
    assert quoted == ("记者从国家电网了解到，针对东北地区此轮强降雪天气，当地电力部门全力组织抢修。",)
    text = "记者从国家电网了解到，针对东北地区此轮强降雪天气，当地电力部门全力组织抢修。" + "截至目前，已修复受损线路。" * 40
    assert not _fits(("xwlb-x", "", text), set(), quoted)
    assert _fits(("xwlb-y", "", "学习贯彻习近平新时代中国特色社会主义思想主题教育" + "开展以来，各地扎实推进。" * 40), set(), quoted)


def test_items_drawn_into_earlier_held_out_sets_are_never_drawn_again(tmp_path):
    # bench/heldout_used.txt: the ids of the items earlier sets drew; a People's Daily article is one under either
    # prefix an earlier round gave it
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from fresh_docs import USED, _fits, used_before

    listed = tmp_path / "used.txt"
    listed.write_text("# a comment\nxwlb-20230321-04\npd98-19980105-12-002\n", encoding="utf-8")
    taken = used_before(listed)
    assert taken == {"xwlb-20230321-04", "pfr-19980105-12-002"}
    text = "今天，各地扎实推进主题教育。" * 40
    assert not _fits(("xwlb-20230321-04", "", text), taken) and _fits(("xwlb-20230321-05", "", text), taken)
    assert len(used_before(USED)) >= 60
