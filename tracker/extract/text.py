"""Reading a document and the normalised text the patterns match on.

The patterns run over NFKC text in simplified characters; every quote is cut
from the ORIGINAL text through an index map, so it stays an exact substring
of the document whatever was normalised.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# Traditional → simplified for the characters common in plans, reports and
# press releases (one character each way, so offsets are kept); hanziconv's table adds the rest.
_T2S_PAIRS = (
    "萬万 億亿 兩两 個个 達达 確确 爭争 內内 於于 強强 進进 與与 業业 產产 總总 額额 營营 規规 "
    "場场 項项 務务 發发 經经 濟济 數数 電电 設设 資资 標标 計计 劃划 區区 縣县 鎮镇 蓋盖 為为 "
    "過过 並并 從从 點点 創创 專专 鏈链 層层 應应 顯显 車车 機机 鐵铁 銅铜 鋰锂 級级 將将 會会 "
    "議议 報报 預预 來来 貸贷 農农 糧粮 費费 價价 漲涨 幾几 門门 間间 單单 國国 穩稳 衛卫 環环 "
    "節节 減减 廢废 綠绿 協协 調调 鄉乡 興兴 醫医 藥药 療疗 養养 險险 學学 園园 體体 舉举 辦办 "
    "塊块 臺台 輛辆 條条 處处 實实 現现 續续 維维 護护 擴扩 邊边 際际 歲岁 廠厂 東东 廣广 遼辽 "
    "寧宁 龍龙 蘇苏 滬沪 陝陕 貴贵 雲云 灣湾 漢汉 華华 陽阳 鄭郑 長长 蘭兰 烏乌 魯鲁 齊齐 寶宝 "
    "嶺岭 這这 們们 對对 說说 時时 後后 還还 讓让 構构 權权 當当 導导 領领 頭头 動动 關关 鍵键 "
    "術术 優优 勢势 質质 紀纪 錄录 試试 驗验 準准 則则 圍围 幹干 組组 織织 團团 員员 傳传 統统 "
    "範范 歷历 屆届 夠够 貿贸 購购 買买 賣卖 銷销 稅税 財财 庫库 貨货 運运 輸输 線线 網网 絡络 "
    "訊讯 碼码 號号 戶户 隊队 臨临 難难 題题 響响 終终 極极 積积 廳厅 書书 記记 擔担 負负 責责 "
    "韌韧 緊紧 鋼钢 鎢钨 紡纺 裝装 備备 製制 傢家 類类 雙双 億亿 較较 舊旧 態态 勵励 獎奖 聯联 "
    "屬属 齡龄 職职 總总 務务 撐撑 擁拥 簡简 歸归 劃划 倉仓 儲储 續续 帶带 遠远 盡尽 驅驱 態态 "
    "廈厦 門门 灣湾 億亿 餘余 約约 紮扎 實实 圓圆 續续 稱称 換换 證证 據据 繼继 啟启 寬宽 氣气 "
    "熱热 燈灯 開开 閉闭 問问 題题 聞闻 記记 習习 黨党 屆届 願愿 標标 讀读 談谈 認认 識识 鑒鉴 "
    "紹绍 鳳凤 龔龚 艷艳 瞿瞿 陳陈 劉刘 張张 楊杨 趙赵 黃黄 吳吴 鄧邓 許许 馬马 羅罗 孫孙 "
    "輕轻 準准 噸吨 畝亩 臺台 險险 資资 軟软 硬硬 據据 雲云 數数 網网 鐘钟 廣广 場场 壓压 "
    "態态 優优 錢钱 銀银 貸贷 幣币 價价 賽赛 練练 訓训 務务 導导 決决 況况 滿满 溫温 濕湿 "
    "顧顾 傷伤 歡欢 觀观 覽览 遊游 戲戏 藝艺 術术 館馆 劇剧 圖图 畫画 慶庆 飛飞 機机 船船 "
    "橋桥 樓楼 層层 廳厅 淨净 潔洁 漁渔 鹽盐 礦矿 煉炼 鍊炼 採采 礎础 纖纤 維维 輪轮 軸轴 "
    "鋁铝 鎳镍 鈷钴 鋅锌 錫锡 銻锑 鈦钛 鋯锆 鉛铅 貫贯 徹彻 總总 窮穷 貧贫 困困 績绩 效效 "
    "佔占 衝冲 嚴严 厲厉 瀋沈 億亿 寫写 陸陆 島岛 藏藏 疆疆 億亿"
)


def _hanziconv_pairs() -> dict[str, str]:
    """Every one-character traditional → simplified pair hanziconv knows (堅 → 坚, 統 → 统, 廠 → 厂 …): a
    traditional text uses far more characters than any hand-made list holds, and one left traditional
    hides a word from the patterns (堅持 is no verb to them)."""
    from hanziconv import HanziConv

    traditional = HanziConv._HanziConv__traditional_charmap  # type: ignore[attr-defined]
    simplified = HanziConv._HanziConv__simplified_charmap  # type: ignore[attr-defined]
    return {t: s for t, s in zip(traditional, simplified, strict=True) if t != s}


#: hanziconv's pairs, then the hand-made ones above (傢 → 家 …), which win where both have a character.
T2S: dict[str, str] = _hanziconv_pairs() | {p[0]: p[1] for p in _T2S_PAIRS.split() if len(p) == 2 and p[0] != p[1]}


def read_document(path: Path | str) -> str:
    """The text of a document: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""
    data = Path(path).read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


#: variant_form: Japanese forms of Chinese characters (shinjitai) an input method or a reposting site puts for the
#: simplified ones ("工业投资増长15%": 増 U+5897 is no 增 to the patterns). One character each way, as T2S.
VARIANTS: dict[str, str] = {a: b for a, b in (p for p in (
    "増增 経经 済济 発发 総总 収收 図图 転转 単单 県县 閉闭 関关 拡扩 圧压 労劳 営营 検检 険险 証证 "
    "児儿 処处 伝传 価价 売卖 続续 緑绿 囲围 駅驿 歩步 渉涉 様样 戦战 鉄铁 銭钱 塩盐 栄荣 軽轻").split())}


def _norm_char(ch: str) -> str:
    n = unicodedata.normalize("NFKC", ch)
    if n in ("\u201c", "\u201d", "\u2018", "\u2019"):
        return n
    return "".join(VARIANTS.get(c, T2S.get(c, c)) for c in n)


@dataclass(frozen=True)
class Normalised:
    """``text``: NFKC + simplified; ``starts[i]``: offset in the original of text[i]."""

    original: str
    text: str
    starts: tuple[int, ...]

    def original_span(self, start: int, end: int) -> str:
        """The original text behind ``text[start:end]``."""
        if start >= end:
            return ""
        a = self.starts[start]
        b = self.starts[end] if end < len(self.starts) else len(self.original)
        return self.original[a:b]


_CJK = re.compile(r"[\u3400-\u9fff“”‘’《》]")


def half_width_punctuation(text: str, starts: list[int]) -> tuple[str, list[int]]:
    """half_width_punctuation: Chinese text typed with ASCII punctuation reads like full-width text. NFKC
    already makes ，：；（） the ASCII , : ; ( ) the patterns match, so a page writing either reads the same;
    what is left: a "." between Chinese characters (or after a %) ends a sentence as 。 does ("实现新突破.规模以上…", not
    a decimal point), and spaces typed after , ; : . ? ! between Chinese characters ("增长5%, 固定资产投资")
    are dropped. ``starts`` maps each character to the original, so quotes stay the document's own text."""
    out: list[str] = []
    kept: list[int] = []
    n = len(text)
    for i, ch in enumerate(text):
        prev = out[-1] if out else ""
        nxt = text[i + 1] if i + 1 < n else "\n"
        if ch == "." and prev and (_CJK.match(prev) or prev == "%") and (_CJK.match(nxt) or nxt == "\n"):
            ch = "。"
        elif ch == " " and prev in (",", ";", ":", "。", "?", "!"):
            j = i
            while j < n and text[j] == " ":
                j += 1
            if j < n and _CJK.match(text[j]) and len(out) > 1 and (_CJK.match(out[-2]) or out[-2].isdigit() or out[-2] == "%"):
                continue
        out.append(ch)
        kept.append(starts[i])
    return "".join(out), kept


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
#: a bracket of pinyin syllables (lower-case letters, ü and tone-marked vowels, maybe spaced) with one tone mark at least
_PINYIN_BRACKET = re.compile(rf"\((?=[a-zü{_TONED} ]*[{_TONED}])[a-zü{_TONED}]+(?: [a-zü{_TONED}]+)*\)")
_HAN = re.compile(r"[\u3400-\u9fff]")


#: lost_character: a reprint whose character fell out of its encoding leaves question marks around its pinyin — "全部?jī)?yōu)于"
#: (優(yōu)于) — one character lost, not the end of a question.
_LOST_CHARACTER = re.compile(rf"(?<=[\u3400-\u9fff])\?(?:[a-zü{_TONED}]+\)\?)+[a-zü{_TONED}]+\)(?=[\u3400-\u9fff])")


def lost_character(text: str, starts: list[int]) -> tuple[str, list[int]]:
    """lost_character: the question marks and pinyin of a character lost from a reprint's encoding read as one unknown
    character (□), so the sentence runs on; ``starts`` keeps quotes the document's own text."""
    out: list[str] = []
    kept: list[int] = []
    last = 0
    for m in _LOST_CHARACTER.finditer(text):
        out.append(text[last:m.start()] + "□")
        kept.extend(starts[last:m.start()])
        kept.append(starts[m.start()])
        last = m.end()
    out.append(text[last:])
    kept.extend(starts[last:])
    return "".join(out), kept


def pinyin_annotation(text: str, starts: list[int]) -> tuple[str, list[int]]:
    """pinyin_annotation: a reprint that writes a character's pinyin in brackets after it ("营(yíng)收", "30个(gè)")
    reads as the plain text (营收, 30个): a bracket right after a Chinese character that holds only pinyin syllables,
    one tone mark at least, is dropped. A bracket with no tone mark ("(de)", "(GDP)", "(2025—2027)") stays.
    ``starts`` maps each kept character to the original, so quotes keep the pinyin the document writes."""
    out: list[str] = []
    kept: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "(" and out and _HAN.match(out[-1]):
            m = _PINYIN_BRACKET.match(text, i)
            if m:
                i = m.end()
                continue
        out.append(ch)
        kept.append(starts[i])
        i += 1
    return "".join(out), kept


#: katakana that look like Chinese characters (エ 工, カ 力, ロ 口, ニ 二, ハ 八, タ 夕, ト 卜), typed for them by an input method.
_LOOKALIKE = {"エ": "工", "カ": "力", "ロ": "口", "ニ": "二", "ハ": "八", "タ": "夕", "ト": "卜"}


def lookalike_characters(text: str) -> str:
    """lookalike_characters: a katakana letter that looks like a Chinese character, standing between two Chinese
    characters ("规上エ业产值", "到2025年カ争实现") is that character: a Japanese word is a run of kana, never one kana
    between Han characters. One character each way, so offsets are kept."""
    chars = list(text)
    for i in range(1, len(chars) - 1):
        if chars[i] in _LOOKALIKE and _HAN.match(chars[i - 1]) and _HAN.match(chars[i + 1]):
            chars[i] = _LOOKALIKE[chars[i]]
    return "".join(chars)


#: thousands_separator: 32,000台, 1,200家 — groups of three digits after a comma; spaced_thousands: 总产值达1 200億元,
#: 达2 000亿元 — groups of three digits after a space (or a thin or no-break space), between Chinese text and a unit.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)"
                      r"|(?<=[\u3400-\u9fff])\d{1,3}(?:[ \u2009\u00a0\u202f]\d{3})+(?=[\u3400-\u9fff%])")


def thousands_separator(text: str, starts: list[int]) -> tuple[str, list[int]]:
    """thousands_separator: "应用工业机器人32,000台" is 32000: commas between groups of exactly three digits, the
    number ending there (not another digit, comma or decimal), are dropped. A comma between clauses has Chinese
    text or a unit after it ("增长5%,8%"; "2,3个" has one digit); after 分别 the commas separate a list ("分别为120,150,200家"). ``starts`` keeps quotes the document's own text."""
    out: list[str] = []
    kept: list[int] = []
    last = 0
    for m in _GROUPED.finditer(text):
        if "分别" in text[max(0, m.start() - 8):m.start()]:
            continue  # 分别为120,150,200家: a list of numbers typed with ASCII commas, not one number
        out.append(text[last:m.start()])
        kept.extend(starts[last:m.start()])
        for j in range(m.start(), m.end()):
            if text[j] not in ", \u2009\u00a0\u202f":
                out.append(text[j])
                kept.append(starts[j])
        last = m.end()
    out.append(text[last:])
    kept.extend(starts[last:])
    return "".join(out), kept


#: spaced_measure: "力争高新技术企业总数达到92 家" — a space typed between a number and its unit (家, 亿元, %). The number
#: follows Chinese text (not a Latin word's "Windows 10") and a unit the extractor knows follows the spaces.
_SPACED_UNIT = re.compile(r"(?:(?<=[\u3400-\u9fff])|(?<=[\u3400-\u9fff] ))(?P<num>\d+(?:\.\d+)?) +(?=[\u3400-\u9fff%])")


def spaced_measure(text: str, starts: list[int]) -> tuple[str, list[int]]:
    """spaced_measure: spaces between a number written after Chinese text and the unit after it ("达到92 家", "增长8 %")
    are dropped, so the number and its unit read as one amount (92家). Spaces before anything that is not a unit
    ("2022 年") stay, and so do those after a number in a Latin word's company ("Windows 10 个"). ``starts`` keeps quotes the document's own text."""
    from tracker.extract.patterns import UNIT  # patterns reads numbers, which is no concern of normalising

    unit = re.compile(UNIT, re.IGNORECASE)
    out: list[str] = []
    kept: list[int] = []
    last = 0
    for m in _SPACED_UNIT.finditer(text):
        if not unit.match(text, m.end()):
            continue
        out.append(text[last:m.end("num")])
        kept.extend(starts[last:m.end("num")])
        last = m.end()
    out.append(text[last:])
    kept.extend(starts[last:])
    return "".join(out), kept


def normalise(original: str) -> Normalised:
    from tracker.extract.numbers import percent_words  # numbers' own reading of 百分之八; no concern of the maps above

    parts: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(original):
        n = _norm_char(ch)
        parts.append(n)
        starts.extend([i] * len(n))
    text, starts = pinyin_annotation(lookalike_characters("".join(parts)), starts)
    text, starts = lost_character(text, starts)
    text, starts = thousands_separator(text, starts)
    text, starts = percent_words(text, starts)
    text, starts = spaced_measure(text, starts)
    text, starts = half_width_punctuation(text, starts)
    # A trailing sentinel: the end of the original.
    return Normalised(original, text, tuple(starts) + (len(original),))
