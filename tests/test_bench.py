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
