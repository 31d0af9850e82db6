/// The board's key table, part of the app's one keymap.
enum BoardKeys {
    typealias Row = KeyCommands<Action>.Row

    static let commands = KeyCommands<Action>([
        Row(.board, "next", [.char("j"), .down], .board(.moveDown), "next deal", hint: "move"),
        Row(.board, "previous", [.char("k"), .up], .board(.moveUp), "previous deal"),
        Row(.board, "next-column", [.tab, .char("l"), .right], .board(.focusNextColumn), "other column (won / lost)", hint: "column"),
        Row(.board, "previous-column", [.backTab, .char("h"), .left], .board(.focusPreviousColumn), "other column"),
        Row(.board, "first", [.char("g"), .home], .board(.top), "first deal"),
        Row(.board, "last", [.char("G"), .end], .board(.bottom), "last deal"),
        Row(.board, "page-down", [.pageDown], .board(.pageDown), "page down"),
        Row(.board, "page-up", [.pageUp], .board(.pageUp), "page up"),
        Row(.board, "review", [.enter], .openDeal, "review the deal: resume its open review or start one", hint: "review"),
        Row(.board, "queue", [.char("w")], .showView(.queue), "what to review next (the review queue)", hint: "queue"),
        Row(.board, "info", [.char("i"), .char(" ")], .showDeal, "the deal's facts and reviews", hint: "info"),
        Row(.board, "search", [.char("/")], .startSearch, "search account, deal, rep, competitor, reasons", hint: "search"),
        Row(.board, "next-match", [.char("n")], .board(.nextMatch), "next match (across both columns)"),
        Row(.board, "previous-match", [.char("N")], .board(.previousMatch), "previous match"),
        Row(.board, "period", [.char("p")], .board(.cyclePeriod), "period: 30/90/180/365 days, quarter, all", hint: "period"),
        Row(.board, "filter-rep", [.char("r")], .pick(.rep), "filter by rep", hint: "rep"),
        Row(.board, "filter-segment", [.char("t")], .pick(.segment), "filter by segment / type"),
        Row(.board, "filter-competitor", [.char("c")], .pick(.competitor), "filter by competitor"),
        Row(.board, "sort", [.char("o")], .board(.toggleSort), "sort by close date or amount", hint: "sort"),
        Row(.board, "clear", [.char("x")], .board(.clearFilters), "clear rep, segment, competitor and search", hint: "clear"),
        Row(.board, "add-deal", [.char("a")], .newDeal, "add a deal", hint: "add"),
        Row(.board, "edit-deal", [.char("e")], .editDeal, "edit the selected deal"),
    ])
}
