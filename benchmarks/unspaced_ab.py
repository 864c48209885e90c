"""A/B of indexing one long text in a script written without spaces (Chinese, Japanese, Thai): peak memory and CPU.

Usage: python benchmarks/unspaced_ab.py OLD_SRC NEW_SRC [--mb 2,20] [--scripts zh] [--rounds 3]
       python benchmarks/unspaced_ab.py --corpus DIR     (only write a folder of such texts, for compare_indexes.py)

Each text is made from varied sentences of its script, chosen and numbered by a seeded generator (``make_text``), so
every run indexes the same text. ``newssearch index`` of a folder holding that one text runs from each source tree
in turn (PYTHONPATH; old, new, then new, old, ...), timed by GNU time: its peak RSS and its CPU (user and system).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchlib import REPO

# A few sentences of each script, as news writes them; "{n}" is a number that varies from one use to the next.
SENTENCES = {
    "zh": ["国家统计局今天发布数据显示，全国居民消费价格同比上涨百分之{n}。", "北京大学的研究人员在实验室里发现了一种新的材料。",
           "上海证券交易所的股票指数周一收盘时小幅下跌{n}点。", "当地政府表示，将继续加大对农村基础设施建设的投入。",
           "记者从市教育局获悉，今年全市将新建{n}所中小学校。", "气象部门预计，未来三天南方地区将有大到暴雨。",
           "一个约定，信守{n}年，感人至深；一段真情，延续{n}年，催人泪下。", "台灣的經濟成長率去年達到{n}%，創下新高。",
           "6月3日上午，话剧《约定无期限》来到张家口。", "专家认为，经济增长的动力正在从投资转向消费。"],
    "ja": ["東京都は{n}日、新型の感染症対策について発表した。", "日本銀行は金融政策決定会合で、現在の政策を維持することを決めた。",
           "トヨタ自動車の{n}年の世界販売台数は過去最高となった。", "気象庁によると、関東地方では明日から雨が降る見込みです。",
           "政府はエネルギー価格の高騰に対応するため、新しい補助金を検討している。", "ｶﾀｶﾅの看板が駅前に{n}枚並んでいる。"],
    "th": ["รัฐบาลไทยประกาศมาตรการใหม่เพื่อกระตุ้นเศรษฐกิจในปี {n}", "กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนักในภาคใต้",
           "นายกรัฐมนตรีเดินทางไปเยือนประเทศญี่ปุ่นเป็นเวลา {n} วัน", "ราคาน้ำมันในตลาดโลกปรับตัวสูงขึ้นเป็นครั้งที่สาม",
           "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ {n}"],
    "en": ["Prices rose {n}% in São Paulo’s markets at 9:10am, traders said. ", "The co-owner paid £1.2bn for 40\u00a0000 shares. ",
           "iPhone手机 sales in 北京 reached $50m, up {n} per cent. ", "An e-mail to U.S. MPs cost €1,50 each. "],
}


def make_text(script: str, chars: int, seed: int = 1) -> str:
    """About ``chars`` characters of ``script``'s sentences ("mixed": Chinese, Japanese, Thai and English ones; "en":
    English ones, a few words of Chinese among them), in an order and with numbers chosen by ``seed``; a paragraph
    ends after about one sentence in ten."""
    pool = [s for key in ("zh", "ja", "th", "en") for s in SENTENCES[key]] if script == "mixed" else SENTENCES[script]
    chooser = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        sentence = chooser.choice(pool).replace("{n}", str(chooser.randrange(1, 2000)))
        parts.append(sentence + ("\n\n" if chooser.random() < 0.1 else ""))
        size += len(parts[-1])
    return "".join(parts)


def write_corpus(folder: Path) -> None:
    """A folder of texts in each script and mixed, long (past ``indexwords.PACKED_FROM``) and short, to index twice."""
    folder.mkdir(parents=True, exist_ok=True)
    for script in ("zh", "ja", "th", "mixed", "en"):
        for seed, chars in enumerate((300, 5_000, 150_000, 400_000), 1):
            (folder / f"{script}-{seed}.txt").write_text(make_text(script, chars, seed), encoding="utf-8")


def _run(src: Path, folder: Path) -> tuple[float, float]:
    """``newssearch index`` of ``folder`` by the tree ``src``: CPU seconds (user + system) and peak RSS in MB."""
    with tempfile.TemporaryDirectory() as work:
        report = Path(work) / "time"
        env = {**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": "1"}
        run = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", str(report), sys.executable, "-m",
                              "newssearch", "index", str(folder), "--index-dir", str(Path(work) / "index")],
                             env=env, capture_output=True, text=True)
        if run.returncode:
            sys.exit(run.stderr[-2000:])
        kb, user, system = report.read_text().split()[-3:]
    return float(user) + float(system), float(kb) / 1024


def main() -> None:
    """Write the texts, run the trees alternately, print each run and each side's means and spread."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trees", nargs="*", type=Path, help="OLD_SRC NEW_SRC: the src folders of the two trees")
    parser.add_argument("--mb", default="2,20", help="sizes of the texts, MB of UTF-8")
    parser.add_argument("--scripts", default="zh", help="comma-separated: zh, ja, th, mixed")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, help="only write a folder of texts in each script to DIR")
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out" / "unspaced")
    args = parser.parse_args()
    if args.corpus:
        write_corpus(args.corpus)
        return
    if len(args.trees) != 2:
        parser.error("give OLD_SRC and NEW_SRC")
    for script in args.scripts.split(","):
        for mb in (float(size) for size in args.mb.split(",")):
            folder = args.work / f"{script}-{mb:g}MB"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            text = make_text(script, int(mb * 1_000_000 / len(make_text(script, 10_000).encode()) * 10_000))
            (folder / f"{script}.txt").write_text(text, encoding="utf-8")
            _compare(folder, args.trees, args.rounds, f"{script} {mb:g} MB ({len(text):,} characters)")


def _compare(folder: Path, trees: list[Path], rounds: int, label: str) -> None:
    """Index ``folder`` ``rounds`` times by each tree, alternated, and print the figures."""
    runs: dict[str, list[tuple[float, float]]] = {"old": [], "new": []}
    for round_ in range(rounds):
        order = (("old", trees[0]), ("new", trees[1]))
        for name, src in order if round_ % 2 == 0 else order[::-1]:
            runs[name].append(_run(src, folder))
            print(f"{label} round {round_ + 1} {name}: CPU {runs[name][-1][0]:.2f} s, peak {runs[name][-1][1]:.0f} MB",
                  flush=True)
    for name, rows in runs.items():
        cpu, peak = [row[0] for row in rows], [row[1] for row in rows]
        print(f"{label} {name}: CPU mean {statistics.mean(cpu):.2f} s (min {min(cpu):.2f}, max {max(cpu):.2f}), "
              f"peak mean {statistics.mean(peak):.0f} MB (min {min(peak):.0f}, max {max(peak):.0f})", flush=True)


if __name__ == "__main__":
    main()
