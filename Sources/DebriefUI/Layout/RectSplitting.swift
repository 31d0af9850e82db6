/// Which way a rectangle is cut.
public enum SplitAxis: Sendable, Hashable {
    /// Parts side by side, left to right: the width is shared.
    case horizontal
    /// Parts stacked top to bottom: the height is shared.
    case vertical
}

extension Rect {
    /// The rectangle cut into consecutive parts sized by `constraints` (see
    /// `LayoutConstraint.sizes`), with `spacing` empty cells between neighbours. Always returns one
    /// rectangle per constraint, each inside this one.
    public func split(_ axis: SplitAxis, _ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let length = axis == .horizontal ? width : height
        let gap = Swift.max(0, spacing)
        let gaps = Swift.min(length, gap * (constraints.count - 1))
        let sizes = LayoutConstraint.sizes(for: constraints, total: length - gaps)
        var offset = 0
        var parts: [Rect] = []
        parts.reserveCapacity(sizes.count)
        for (index, size) in sizes.enumerated() {
            let start = Swift.min(offset, length)
            let clamped = Swift.min(size, length - start)
            switch axis {
            case .horizontal: parts.append(Rect(x: x + start, y: y, width: clamped, height: height))
            case .vertical: parts.append(Rect(x: x, y: y + start, width: width, height: clamped))
            }
            offset = start + clamped + (index < sizes.count - 1 ? gap : 0)
        }
        return parts
    }

    /// Side-by-side parts: `split(.horizontal, …)`.
    public func columns(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        split(.horizontal, constraints, spacing: spacing)
    }

    /// Stacked parts: `split(.vertical, …)`.
    public func rows(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        split(.vertical, constraints, spacing: spacing)
    }
}
