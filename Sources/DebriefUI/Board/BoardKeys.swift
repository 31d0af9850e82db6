/// The board's key table, part of the app's one keymap.
enum BoardKeys {
    typealias Row = KeyCommands<BoardCommand>.Row

    static let commands = KeyCommands<BoardCommand>([
        Row(.board, "next", [.char("j"), .down], .move(.moveDown), "next deal", hint: "move"),
        Row(.board, "previous", [.char("k"), .up], .move(.moveUp), "previous deal"),
        Row(.board, "next-column", [.tab, .char("l"), .right], .move(.focusNextColumn), "other column (won / lost)", hint: "column"),
        Row(.board, "previous-column", [.backTab, .char("h"), .left], .move(.focusPreviousColumn), "other column"),
        Row(.board, "first", [.char("g"), .home], .move(.top), "first deal"),
        Row(.board, "last", [.char("G"), .end], .move(.bottom), "last deal"),
        Row(.board, "page-down", [.pageDown], .move(.pageDown), "page down"),
        Row(.board, "page-up", [.pageUp], .move(.pageUp), "page up"),
        Row(.board, "review", [.enter], .openDeal, "review the deal: resume its open review or start one", hint: "review"),
        Row(.board, "queue", [.char("w")], .openQueue, "what to review next (the review queue)", hint: "queue"),
        Row(.board, "info", [.char("i"), .char(" ")], .showDeal, "the deal's facts and reviews", hint: "info"),
        Row(.board, "search", [.char("/")], .startSearch, "search account, deal, rep, competitor, reasons", hint: "search"),
        Row(.board, "next-match", [.char("n")], .move(.nextMatch), "next match (across both columns)"),
        Row(.board, "previous-match", [.char("N")], .move(.previousMatch), "previous match"),
        Row(.board, "period", [.char("p")], .move(.cyclePeriod), "period: 30/90/180/365 days, quarter, all", hint: "period"),
        Row(.board, "filter-rep", [.char("r")], .pick(.rep), "filter by rep", hint: "rep"),
        Row(.board, "filter-segment", [.char("t")], .pick(.segment), "filter by segment / type"),
        Row(.board, "filter-competitor", [.char("c")], .pick(.competitor), "filter by competitor"),
        Row(.board, "sort", [.char("o")], .move(.toggleSort), "sort by close date or amount", hint: "sort"),
        Row(.board, "clear", [.char("x")], .move(.clearFilters), "clear rep, segment, competitor and search", hint: "clear"),
        Row(.board, "add-deal", [.char("a")], .newDeal, "add a deal", hint: "add"),
        Row(.board, "edit-deal", [.char("e")], .editDeal, "edit the selected deal"),
    ])
}
