/// A style with extra attributes (bold, underline…) on top of its own.
extension Style {
    func with(_ attributes: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(attributes)
        return copy
    }
}
