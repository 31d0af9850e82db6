import DebriefCore
import Foundation

/// Draws the pipeline board: filters, numbers, the WON and LOST columns side by side (or as tabs
/// on narrow terminals), and the legend. A function of state only.
public enum BoardView {
    /// Below this width the two columns become tabs.
    public static let twoColumnMinimumWidth = 72
    /// From this width rows add the rep; from `fullRowWidth` the deal name too.
    public static let repRowWidth = 100
    public static let fullRowWidth = 140

    /// `dataDirectory`: the folder the app reads, named in the first-run screen's import command.
    public static func render(_ board: BoardState, theme: Theme, dataDirectory: String? = nil, into screen: inout Screen, area: Rect) {
        guard area.height >= 6, area.width >= 20 else { return }
        let styles = theme.widgetStyles
        let fields: RowFields = area.width >= fullRowWidth ? .full : area.width >= repRowWidth ? .withRep : .narrow
        if board.index.deals.isEmpty {
            BoardFirstRun.render(dataDirectory: dataDirectory, theme: theme, into: &screen, area: area)
            return
        }
        screen.putTruncated(BoardHeader.filterLine(board, width: area.width - 2), x: area.x + 1, y: area.y, style: theme.style(.textMuted), maxWidth: area.width - 2)
        screen.putTruncated(BoardHeader.numbersLine(board.summary, width: area.width - 2), x: area.x + 1, y: area.y + 1, style: theme.style(.text), maxWidth: area.width - 2)
        screen.putTruncated(BoardGlyphs.reviewLegend, x: area.x + 1, y: area.maxY - 1, style: theme.style(.textMuted), maxWidth: area.width - 2)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 3)
        if area.width >= twoColumnMinimumWidth {
            let halves = body.columns([.percent(50), .fill(1)])
            for (column, rect) in zip(BoardColumn.allCases, halves) {
                renderColumn(column, board: board, theme: theme, styles: styles, fields: fields, into: &screen, area: rect)
            }
        } else {
            renderColumn(board.focus, board: board, theme: theme, styles: styles, fields: .narrow, into: &screen, area: body, asTabs: true)
        }
    }

    static func title(_ column: BoardColumn, board: BoardState) -> String {
        let rows = board.rows(column)
        guard column == .lost else { return "WON (\(rows.count))" }
        return "LOST (\(rows.count - board.noDecisionsShown) lost · \(board.noDecisionsShown) no decision)"
    }

    enum RowFields { case narrow, withRep, full }

    static func renderColumn(_ column: BoardColumn, board: BoardState, theme: Theme, styles: WidgetStyles, fields: RowFields,
                             into screen: inout Screen, area: Rect, asTabs: Bool = false) {
        let focused = board.focus == column
        var blockTitle = title(column, board: board)
        if asTabs {
            blockTitle = BoardColumn.allCases.map { $0 == column ? "[\(title($0, board: board))]" : $0.title }.joined(separator: "  ")
        }
        let inner = Block(title: blockTitle, focused: focused, styles: styles).render(into: &screen, area: area)
        guard !inner.isEmpty else { return }
        let rows = board.rows(column)
        if rows.isEmpty {
            let lines = board.filter.isNarrowed || board.filter.period != .all
                ? ["No \(column == .won ? "wins" : "losses") match.", "x clears the filters,", "p changes the period."]
                : ["No \(column == .won ? "wins" : "losses") yet."]
            for (offset, line) in lines.prefix(inner.height).enumerated() {
                screen.putTruncated(line, x: inner.x + 1, y: inner.y + offset, style: theme.style(.textMuted), maxWidth: inner.width - 2)
            }
            return
        }
        var selection = board.selection(column)
        selection.clamp(count: rows.count)
        let first = selection.visibleOffset(count: rows.count, visibleRows: inner.height)
        let columns = rowColumns(fields, today: board.today, withYear: showsOtherYears(board))
        let frames = Rect(x: inner.x + 4, y: inner.y, width: inner.width - 4, height: 1).columns(columns.map(\.width), spacing: 1)
        for line in 0..<min(inner.height, rows.count - first) {
            let row = first + line
            let dealIndex = rows[row]
            let deal = board.index.deals[dealIndex]
            let y = inner.y + line
            let selected = row == selection.selected
            let base: Style = selected ? (focused ? theme.style(.selection) : theme.style(.textMuted).with(.underline)) : theme.style(.text)
            if selected {
                screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
                screen.put("›", x: inner.x, y: y, style: base)
            }
            let outcomeRole: ThemeRole = deal.outcome == .won ? .dealWon : deal.outcome == .lost ? .dealLost : .dealNoDecision
            let markStyle = selected ? base : theme.style(outcomeRole)
            screen.put(BoardGlyphs.review(board.index.reviewStatus[deal.id]), x: inner.x + 1, y: y, style: base)
            screen.put(BoardGlyphs.outcome(deal.outcome), x: inner.x + 2, y: y, style: markStyle)
            for (field, frame) in zip(columns, frames) {
                screen.putFitted(field.value(deal, board.index.hundredths(of: dealIndex)), x: frame.x, y: y, width: frame.width, alignment: field.alignment, style: base)
            }
        }
        if rows.count > inner.height {
            let position = " \((selection.selected ?? 0) + 1)/\(rows.count) "
            let x = area.maxX - 1 - DisplayWidth.of(position)
            screen.put(position, x: x, y: area.maxY - 1, style: focused ? theme.style(.borderFocused) : theme.style(.border))
        }
    }

    struct RowField {
        var width: LayoutConstraint
        var alignment: TextAlignment = .left
        /// The text for a deal, given its amount in hundredths when exactly that.
        var value: (Deal, Int64?) -> String
    }

    /// Whether a deal shown closed in another year than today's: the date column then has room for
    /// the year as well as the day. Searched from the end, where the oldest deals are when sorted by date.
    static func showsOtherYears(_ board: BoardState) -> Bool {
        let year = board.today.year
        for column in BoardColumn.allCases {
            for index in board.rows(column).reversed() where board.index.deals[index].closeDate.year != year { return true }
        }
        return false
    }

    static func rowColumns(_ fields: RowFields, today: Day, withYear: Bool = false) -> [RowField] {
        // Without an account (the export had no account column) the narrow rows name the deal instead,
        // so each row still says which deal it is; the wide row keeps the two columns apart.
        let account = RowField(width: .fill(4)) { deal, _ in deal.hasAccount ? deal.account : deal.name }
        let amount = RowField(width: .fixed(11), alignment: .right) { deal, hundredths in
            deal.amount.map { compactAmount($0, hundredths: hundredths) } ?? unknownAmount
        }
        let closed = RowField(width: .fixed(withYear ? 10 : 7)) { deal, _ in shortDate(deal.closeDate, today: today) }
        let rep = RowField(width: .fixed(9)) { deal, _ in shortName(deal.owner) }
        switch fields {
        case .narrow: return [account, amount, closed]
        case .withRep: return [account, amount, closed, rep]
        case .full:
            let accountOnly = RowField(width: .fill(4)) { deal, _ in deal.hasAccount ? deal.account : noAccount }
            return [accountOnly, RowField(width: .fill(3)) { deal, _ in dealTitle(deal) }, amount, closed, rep]
        }
    }

    /// The deal name without the account prefix CRMs often repeat ("Acme – Renewal" → "Renewal").
    static func dealTitle(_ deal: Deal) -> String {
        for separator in [" – ", " - ", " — "] {
            if let range = deal.name.range(of: separator) {
                let head = deal.name[..<range.lowerBound]
                if deal.account.hasPrefix(head) { return String(deal.name[range.upperBound...]) }
            }
        }
        return deal.name
    }

    /// What a row shows for a deal imported from a file with no account column.
    static let noAccount = "(no account)"

    /// What a row shows for a deal whose CRM gave no amount.
    static let unknownAmount = "—"

    /// "$120,250", "€21,000", "NOK 13,000": whole units, the currency as a symbol where one is unambiguous.
    /// `hundredths` is the amount × 100 when that is exact (the board works it out once per load).
    static func compactAmount(_ money: Money, hundredths: Int64?? = nil) -> String {
        let whole = wholeUnits(money, hundredths: hundredths)
        if let symbol = currencySymbols[money.currency] { return symbol + whole }
        return "\(money.currency) \(whole)"
    }

    static let currencySymbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"]

    /// "120,250": the amount rounded half away from zero to whole units, grouped by thousands. Plain
    /// integer arithmetic for the usual amount (whole hundredths); Decimal rounding for any other.
    static func wholeUnits(_ money: Money, hundredths known: Int64?? = nil) -> String {
        guard let hundredths = known ?? PipelineFigures.exactHundredths(money.amount) else {
            var rounded = Decimal()
            var value = money.amount
            NSDecimalRound(&rounded, &value, 0, .plain)
            return String(Money(rounded, money.currency).display.dropFirst(money.currency.count + 1))
        }
        let units = (hundredths.magnitude + 50) / 100
        let digits = Array(String(units).utf8)
        var grouped: [UInt8] = []
        grouped.reserveCapacity(digits.count + digits.count / 3 + 1)
        if hundredths < 0 && units > 0 { grouped.append(UInt8(ascii: "-")) }
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(UInt8(ascii: ",")) }
            grouped.append(digit)
        }
        return String(decoding: grouped, as: UTF8.self)
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "27 Nov" this year, "27 Nov '25" in another.
    static func shortDate(_ day: Day, today: Day) -> String {
        let date = "\(day.day < 10 ? " " : "")\(day.day) \(months[day.month - 1])"
        if day.year == today.year { return date }
        return date + " '" + String(format: "%02d", day.year % 100)
    }

    /// "Tomás Herrera" → "Tomás H."
    static func shortName(_ name: String) -> String {
        let parts = name.split(separator: " ")
        guard parts.count > 1, let initial = parts.last?.first else { return name }
        return "\(parts[0]) \(initial)."
    }
}
