/// How much room one part of a split gets.
public enum LayoutConstraint: Sendable, Hashable {
    /// Exactly this many cells (less only when there is not enough room).
    case fixed(Int)
    /// This percentage (0–100) of the whole length, rounded down.
    case percent(Int)
    /// A share of what the other constraints leave, in proportion to its weight. Weight 0 gets nothing.
    case fill(Int)
    /// At least this many cells, and a weight-1 share of what is left.
    case min(Int)

    /// Sizes along one axis for `constraints` sharing `total` cells.
    ///
    /// Deterministic and safe: sizes are never negative and never add up to more than `total`.
    /// First each part gets its base (fixed size, percentage, minimum) in order; when the bases do
    /// not fit, earlier parts keep theirs and later ones shrink. Then `fill` and `min` parts share
    /// what is left (plus the minimums) by weight; a `min` part whose share would fall below its
    /// minimum keeps the minimum instead. Shares round down, and the last few cells go one each to
    /// the parts with the largest remainders (the earlier part on a tie).
    public static func sizes(for constraints: [LayoutConstraint], total: Int) -> [Int] {
        var remaining = Swift.max(0, total)
        var sizes: [Int] = []
        sizes.reserveCapacity(constraints.count)
        for constraint in constraints {
            let granted = Swift.min(constraint.base(of: total), remaining)
            sizes.append(granted)
            remaining -= granted
        }
        var pool = remaining
        var growing: [Int] = []
        for (index, constraint) in constraints.enumerated() where constraint.weight > 0 {
            growing.append(index)
            pool += sizes[index]  // a minimum is part of the shared pool, not on top of it
        }
        // A min part whose fair share is below its minimum keeps the minimum; share the rest again.
        while true {
            let totalWeight = growing.reduce(0) { $0 + constraints[$1].weight }
            guard totalWeight > 0 else { return sizes }
            let starved = growing.first { index in
                if case .min = constraints[index] { return pool * constraints[index].weight / totalWeight < sizes[index] }
                return false
            }
            guard let index = starved else { break }
            pool -= sizes[index]
            growing.removeAll { $0 == index }
        }
        let totalWeight = growing.reduce(0) { $0 + constraints[$1].weight }
        var remainders: [(index: Int, remainder: Int)] = []
        var handedOut = 0
        for index in growing {
            let share = pool * constraints[index].weight
            sizes[index] = share / totalWeight
            handedOut += share / totalWeight
            remainders.append((index, share % totalWeight))
        }
        let byRemainder = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in byRemainder.prefix(pool - handedOut) { sizes[entry.index] += 1 }
        return sizes
    }

    /// The cells a part claims before anything is shared.
    private func base(of total: Int) -> Int {
        switch self {
        case .fixed(let cells), .min(let cells): Swift.max(0, cells)
        case .percent(let percent): Swift.max(0, total) * Swift.min(100, Swift.max(0, percent)) / 100
        case .fill: 0
        }
    }

    /// The part's weight when sharing leftover room.
    private var weight: Int {
        switch self {
        case .fill(let weight): Swift.max(0, weight)
        case .min: 1
        case .fixed, .percent: 0
        }
    }
}
