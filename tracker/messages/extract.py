"""What ``tracker extract`` says around its drafts (the YAML comments and its errors)."""

from __future__ import annotations

from tracker.messages.catalogue import register

MESSAGES: dict[str, tuple[str, str]] = {
    "extract.header": (
        "# `tracker extract` 提出的目标草稿。下面每个目标按原样即可通过校验。\n"
        "# 请对照引文核对每条 review 说明中列出的字段（地区、指标、目标年份、流量或存量、基期），\n"
        "# 然后保留、修改或删除该目标。每个目标上方注明置信度（0–1）及其理由。",
        "# Draft target specs proposed by `tracker extract`. Every target below validates as\n"
        "# printed. Check the fields named in each `review:` note against the quote (region,\n"
        "# indicator, due year, flow or stock, base), then keep, correct or delete the target.\n"
        "# Above each target: its confidence (0-1) and the reasons.",
    ),
    "extract.confidence": ("# 置信度 {detail}", "# confidence {detail}"),
    "extract.guessed": ("# 推测的字段：{fields}（见文末 review）", "# guessed: {fields} (see review below)"),
    "extract.figures": ("# figures：文中找到的已完成数据，可作为 actuals/ 的行（长表，CSV）：",
                        "# figures: past results found in the text, as rows for actuals/ (long layout, CSV):"),
    "extract.unreadable": ("tracker：{file}：无法读取文件：{error}", "tracker: {file}: cannot read the document: {error}"),
}


# The review notes (tracker/extract/notes.py): what was guessed for each draft, and why.
NOTES: dict[str, tuple[str, str]] = {
    # the document's year (docdate.py, context.py)
    "extract.note.year_date_top": ("文首的日期 {date}", "the date {date} at the top"),
    "extract.note.year_signed": ("落款日期 {date}", "the date {date} under the signature"),
    "extract.note.year_heading": ("标题 {year}年工作安排/重点工作", "the heading {year}年工作安排/重点工作"),
    "extract.note.year_after_review": ("回顾之年（{year}）的下一年", "the year after the one reviewed ({year})"),
    "extract.note.year_since": ("{year}年以来：写于{year}年", "{year}年以来: written during {year}"),
    "extract.note.year_latest_past": ("推测：有数据的最近一年（{year}）的下一年",
                                      "guessed: one after the latest year with a reported figure ({year})"),
    "extract.note.year_today": ("推测：文中没有年份，取今年 {year}（请核对）",
                                "guessed: the text gives no year; today's year {year} (check it)"),
    "extract.note.year_five_year": ("“{plan}五”{words}：{year}年", "“{plan}五”{words}: {year}"),
    "extract.note.year_cited_plan": ("文中引用的{year}年计划/意见：写于{year}年", "a plan for {year} cited by its title: written for {year}"),
    "extract.note.year_concrete": ("“具体到{year}年”：计划的是{year}年", "“具体到{year}年”: the year planned is {year}"),
    "extract.note.year_after_estimate": ("{year}年的数字还是预计数：写于其下一年", "{year}'s figures still estimated: written the year after"),
    "extract.note.year_named": ("“{year}年是……之年”：写于{year}年", "“{year}年是……之年”: written for {year}"),
    "extract.note.year_title_reprint": ("标题中的{year}年（页面日期 {date} 是转载之日）",
                                        "{year} in the title (the page date {date} is the reprint's)"),
    "extract.note.year_before_deadline": ("推测：文中没有年份，其最早的期限是{year}年（请核对）",
                                          "guessed: the text gives no year; its earliest deadline is {year} (check it)"),
    "extract.note.year_value": ("{year}（{how}）", "{year} ({how})"),
    "extract.note.date_of_guess": ("{date}（年份是推测的）", "{date} (the year is the guessed one)"),
    # the document's scope (context.py)
    "extract.note.scope_title": ("{region}（标题中的地区）", "{region} (named in the title)"),
    "extract.note.scope_national_issuer": ("全国（国家机关发布）", "全国 (issued by a national body)"),
    "extract.note.scope_province_most": ("{region}（全省/我省/全区，文中提到最多的省区）",
                                         "{region} (全省/我省/全区, the province or region the text names most)"),
    "extract.note.scope_city_speaks": ("{region}（文中说的是全市，提到最多的城市）",
                                       "{region} (the text speaks of 全市, the city it names most)"),
    "extract.note.scope_municipality": ("{region}（直辖市文中的全市）",
                                        "{region} (全市 in a province-level city the text names most)"),
    "extract.note.scope_country": ("全国（文中说的是全国）", "全国 (the text speaks of the whole country)"),
    "extract.note.scope_prefecture_voice": ("{region}（文中以该州口吻：我州、全州、州委）",
                                            "{region} (the prefecture the text speaks as: 我州, 全州, 州委)"),
    "extract.note.scope_city_named": ("{region}（文中提到最多的城市，多于其所在省份）",
                                      "{region} (the city the text names most, more often than its province)"),
    "extract.note.scope_county_speaks": ("{region}（全县/全区/县委/区委，多于全市）", "{region} (全县, 全区, 县委, 区委 more often than 全市)"),
    "extract.note.scope_named_most": ("{region}（文中没有全市/全县等字样，提到最多的地方）",
                                      "{region} (no 全市 or 全县 in the text: the place it names most)"),
    # a draft's region (extract._region_for)
    "extract.note.region_subject": ("{region}（句中前面的主语）", "{region} (the subject earlier in the sentence)"),
    "extract.note.region_own_province": ("{region}（句中的全省/我省）", "{region} (全省/我省 in the sentence)"),
    "extract.note.region_own_city": ("{region}（句中的全市/全县，当前范围内的地区）",
                                     "{region} (全市/全县 in the sentence; the region in scope)"),
    "extract.note.region_city_unknown": ("待定地区（句中有全市，但文中未写明哪个市：请填写）",
                                         "待定地区 (全市 in the sentence but no city is named: set it)"),
    "extract.note.region_speaker": ("{region}（发言人所在地区）", "{region} (the speaker)"),
    "extract.note.region_section": ("{region}（文中所在的部分）", "{region} (the section of the document)"),
    "extract.note.region_province_word": ("{region}（句中的全省/省）", "{region} (全省/省 in the sentence)"),
    "extract.note.region_city_voice": ("{region}（文中以该市口吻：全市、市政府、市…局）",
                                       "{region} (the city the text speaks as: 全市, 市政府, 市…局)"),
    "extract.note.region_zone_voice": ("{region}（文中以该园区为主体）", "{region} (the development zone the text speaks for)"),
    "extract.note.region_county_voice": ("{region}（文中以该县口吻：全县、县委、县政府）",
                                         "{region} (the county the text speaks as: 全县, 县委, 县政府)"),
    "extract.note.region_sentence": ("{region}（同一句中前面提到的地区：多地汇编）",
                                     "{region} (the region named earlier in the sentence: a compilation)"),
    "extract.note.region_province_most": ("{region}（文中提到最多的省份）", "{region} (the province the document names most)"),
    "extract.note.region_none": ("待定地区（未找到地区：请填写）", "待定地区 (no region found: set it)"),
    # a draft's due year
    "extract.note.due": ("{year}（{label}）", "{year} ({label})"),
    "extract.note.due_how": ("{year}（{label}，{how}）", "{year} ({label}, {how})"),
    "extract.note.due_sentence": ("取自本句前面的期限", "a deadline earlier in the sentence"),
    "extract.note.due_paragraph": ("取自本段前面的期限", "a deadline earlier in the paragraph"),
    "extract.note.due_annual": ("{year}（每年：年度目标，按文件年份设定；以后各年请复制）",
                                "{year} (每年: an annual goal, set for the document's year; copy it for later years)"),
    "extract.note.deadline_plan_period": ("规划期 {start}—{end}", "the plan period {start}—{end}"),
    "extract.note.deadline_document": ("文件年份", "the document's year"),
    "extract.note.deadline_section": ("所在部分 {heading}", "the section {heading}"),
    "extract.note.deadline_opener": ("段首 {words}", "the paragraph opening {words}"),
    "extract.note.deadline_horizon": ("规划目标年 到{year}年", "the plan's horizon 到{year}年"),
    # indicator, flow, base, range
    "extract.note.indicator": ("{indicator}（取自原句；请与 actuals 的指标名或 aliases.yaml 对齐）",
                               "{indicator} (named from the sentence; align it with the actuals' indicator or aliases.yaml)"),
    "extract.note.flow": ("流量：年内累计的量（由指标推测）", "flow: an amount that accumulates within the year (guessed from the indicator)"),
    "extract.note.stock": ("存量：某一时点的量（由指标推测）", "stock: read at a point in time (guessed from the indicator)"),
    "extract.note.base": ("基期 {how}；数值从 actuals 读取", "period {how}; the value is read from the actuals"),
    "extract.note.base_in_sentence": ("{year}（句中的比{year}年）", "{year} (比{year}年 in the sentence)"),
    "extract.note.base_plan_period": ("{year}，规划期 {start}—{end} 的前一年", "{year}, the year before the plan period {start}—{end}"),
    "extract.note.base_five_year": ("{year}，五年规划的前一年", "{year}, the year before the five-year plan"),
    "extract.note.base_document": ("{year}，文件年份的前一年", "{year}, the year before the document"),
    "extract.note.base_multi_year": ("{year}：{span}年（{start}—{end}，{label}）之前一年；数值从 actuals 读取",
                                     "{year}: the year before the {span} years {start}—{end} ({label}); the value is read from the actuals"),
    "extract.note.range": ("区间 {words}：下限为目标，上限为争取目标", "a range {words}: the lower end as the target, the upper end as stretch"),
    # confidence and its reasons (confidence.py, classify.py)
    "extract.note.confidence": ("{score}（{why}；{reasons}）", "{score} ({why}; {reasons})"),
    "extract.note.nothing_guessed": ("无推测", "nothing guessed"),
    "extract.note.off": ("-{amount} {why}", "-{amount} {why}"),
    "extract.note.off_year": ("文件年份是推测的", "the document's year is guessed"),
    "extract.note.off_context": ("句中没有承诺用语", "no commitment word in the sentence"),
    "extract.note.off_due": ("目标年份取自{source}", "due year from the {source}"),
    "extract.note.off_region_missing": ("未找到地区", "region not found"),
    "extract.note.off_region": ("地区是推测的", "region guessed"),
    "extract.note.off_indicator": ("没有指标名", "no indicator name"),
    "extract.note.off_base": ("基期是推测的", "the base is guessed"),
    "extract.note.from_paragraph": ("本段", "paragraph"),
    "extract.note.from_plan": ("规划期", "plan"),
    "extract.note.from_horizon": ("规划目标年", "horizon"),
    "extract.note.from_document": ("文件年份", "document"),
    "extract.note.commitment": ("承诺：{word}", "commitment: {word}"),
    "extract.note.context": ("背景：没有承诺用语", "context: no commitment word"),
    "extract.note.result_contribution": ("结果：{word}——说的是已作出的贡献", "result: {word} — a contribution already made"),
    "extract.note.result_record": ("结果：{word}——说的是已创下的纪录", "result: {word} — a record already set"),
    "extract.note.list_item": ("承诺：以分号接续上一项目标（同一期限下的目标清单）", "commitment: the next item, after ；, of a list of aims under one deadline"),
    "extract.note.opinion": ("背景：{word}——观点或条件，不是谁定下的目标",
                             "context: {word} — an opinion or a condition, not a target someone set"),
    "extract.note.result_estimate": ("结果：{word}是对将近结束的一年的估计", "result: {word} estimates the outcome of a year nearly over"),
    "extract.note.result_sub_year": ("结果：关于{period}，一年中已过去的部分", "result: about {period}, a part of a year already over"),
    "extract.note.result_to_date": ("结果：{word}报告的是迄今已发生的情况", "result: {word} reports what has happened so far"),
    "extract.note.result_ended": ("结果：关于已结束的{period}，有“{word}”且无承诺用语",
                                  "result: about {period} (ended) with {word} and no commitment word"),
    "extract.note.result_past_year": ("结果：关于{period}，早于文件年份", "result: about {period}, a year before the document"),
    # left out
    "extract.note.unknown_unit": ("单位 {unit} 不是 tracker 认识的单位", "the unit {unit} is not one the tracker knows"),
    "extract.note.unnamed_regions": ("说的是未点名的地区（各地、其他省份、多个省份），不是某一地区的目标",
                                     "said of regions the text does not name (各地, 其他省份, 多个省份): no region's goal"),
    "extract.note.kind_growth_topic": ("增长（段落讲的是增长目标，这里的百分数是目标本身）",
                                       "growth (the paragraph is about growth targets; the percentage is the target)"),
    "extract.note.below_cut": ("置信度 {score} 低于 --min-confidence {cut}", "confidence {score} below --min-confidence {cut}"),
    "extract.note.invalid": ("草稿未通过校验：{error}", "the draft does not validate: {error}"),
}

register(MESSAGES)
register(NOTES)
