// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/XlsxGuard.h"

#include <optional>

namespace cc::io {

namespace ss = orcus::spreadsheet;

namespace {

class Properties final : public ss::iface::import_sheet_properties
{
public:
    Properties(ss::iface::import_sheet_properties* inner, ss::range_size_t size)
        : m_inner(inner)
        , m_size(size)
    { }
    // Widths, heights and hidden columns or rows are not kept: the importers read every cell's value
    // alike. (A workbook hiding "the rest of the sheet", <col min="9" max="16384" hidden="1">, took
    // liborcus's model most of a second, column by column.)
    void set_column_width(ss::col_t, double, orcus::length_unit_t) override { }
    void set_column_hidden(ss::col_t, bool) override { }
    void set_row_height(ss::row_t, double, orcus::length_unit_t) override { }
    void set_row_hidden(ss::row_t, bool) override { }
    void set_merge_cell_range(const ss::range_t& range) override
    {
        if (range.first.row >= 0 && range.first.column >= 0 && range.first.row <= range.last.row
            && range.first.column <= range.last.column && range.last.row < m_size.rows
            && range.last.column < m_size.columns)
            m_inner->set_merge_cell_range(range);
    }

private:
    ss::iface::import_sheet_properties* m_inner;
    ss::range_size_t m_size;
};

// A formula is given its position first; one outside the sheet is dropped whole, to its commit.
// LibreOffice Calc saves a TRUE or FALSE typed into a cell as the formula TRUE() or FALSE(), which
// the model cannot evaluate without recalculating: it is stored as the boolean it is.
class Formula final : public ss::iface::import_formula
{
public:
    Formula(ss::iface::import_formula* inner, ss::iface::import_sheet* sheet, ss::range_size_t size)
        : m_inner(inner)
        , m_sheet(sheet)
        , m_size(size)
    { }
    void set_position(ss::row_t row, ss::col_t col) override
    {
        m_valid = row >= 0 && col >= 0 && row < m_size.rows && col < m_size.columns;
        m_row = row;
        m_col = col;
        m_literal.reset();
        if (m_valid)
            m_inner->set_position(row, col);
    }
    void set_formula(ss::formula_grammar_t grammar, std::string_view formula) override
    {
        if (!m_valid)
            return;
        if (formula == "TRUE()" || formula == "FALSE()")
            m_literal = formula == "TRUE()";
        else
            m_inner->set_formula(grammar, formula);
    }
    void set_shared_formula_index(size_t index) override
    {
        if (m_valid && !m_literal)
            m_inner->set_shared_formula_index(index);
    }
    void set_result_string(std::string_view value) override
    {
        if (m_valid && !m_literal)
            m_inner->set_result_string(value);
    }
    void set_result_value(double value) override
    {
        if (m_valid && !m_literal)
            m_inner->set_result_value(value);
    }
    void set_result_bool(bool value) override
    {
        if (m_valid && !m_literal)
            m_inner->set_result_bool(value);
    }
    void set_result_empty() override
    {
        if (m_valid && !m_literal)
            m_inner->set_result_empty();
    }
    void commit() override
    {
        if (m_valid && m_literal)
            m_sheet->set_bool(m_row, m_col, *m_literal);
        else if (m_valid)
            m_inner->commit();
        m_valid = false;
        m_literal.reset();
    }

private:
    ss::iface::import_formula* m_inner;
    ss::iface::import_sheet* m_sheet;
    ss::range_size_t m_size;
    bool m_valid = false;
    ss::row_t m_row = 0;
    ss::col_t m_col = 0;
    std::optional<bool> m_literal;
};

} // namespace

class XlsxGuard::Sheet final : public ss::iface::import_sheet
{
public:
    Sheet(ss::iface::import_sheet* inner, ss::range_size_t size)
        : m_inner(inner)
        , m_size(size)
    { }

    ss::iface::import_sheet_view* get_sheet_view() override { return m_inner->get_sheet_view(); }
    ss::iface::import_sheet_properties* get_sheet_properties() override
    {
        ss::iface::import_sheet_properties* inner = m_inner->get_sheet_properties();
        if (!inner)
            return nullptr;
        if (!m_properties)
            m_properties = std::make_unique<Properties>(inner, m_size);
        return m_properties.get();
    }
    // Tables, filters, conditional formats, array formulas and a sheet's names are not read: the
    // importers take values only.
    ss::iface::import_data_table* get_data_table() override { return nullptr; }
    ss::iface::import_auto_filter* get_auto_filter() override { return nullptr; }
    ss::iface::import_table* get_table() override { return nullptr; }
    ss::iface::import_conditional_format* get_conditional_format() override { return nullptr; }
    ss::iface::import_named_expression* get_named_expression() override { return nullptr; }
    ss::iface::import_array_formula* get_array_formula() override { return nullptr; }
    ss::iface::import_formula* get_formula() override
    {
        ss::iface::import_formula* inner = m_inner->get_formula();
        if (!inner)
            return nullptr;
        if (!m_formula)
            m_formula = std::make_unique<Formula>(inner, m_inner, m_size);
        return m_formula.get();
    }
    void set_auto(ss::row_t row, ss::col_t col, std::string_view s) override
    {
        if (inside(row, col))
            m_inner->set_auto(row, col, s);
    }
    void set_string(ss::row_t row, ss::col_t col, ss::string_id_t sindex) override
    {
        if (inside(row, col))
            m_inner->set_string(row, col, sindex);
    }
    void set_value(ss::row_t row, ss::col_t col, double value) override
    {
        if (inside(row, col))
            m_inner->set_value(row, col, value);
    }
    void set_bool(ss::row_t row, ss::col_t col, bool value) override
    {
        if (inside(row, col))
            m_inner->set_bool(row, col, value);
    }
    void set_date_time(
        ss::row_t row, ss::col_t col, int year, int month, int day, int hour, int minute, double second) override
    {
        if (inside(row, col))
            m_inner->set_date_time(row, col, year, month, day, hour, minute, second);
    }
    void set_format(ss::row_t row, ss::col_t col, size_t xf) override
    {
        if (inside(row, col))
            m_inner->set_format(row, col, xf);
    }
    void set_format(ss::row_t rowStart, ss::col_t colStart, ss::row_t rowEnd, ss::col_t colEnd, size_t xf) override
    {
        if (inside(rowStart, colStart) && inside(rowEnd, colEnd) && rowStart <= rowEnd && colStart <= colEnd)
            m_inner->set_format(rowStart, colStart, rowEnd, colEnd, xf);
    }
    void fill_down_cells(ss::row_t row, ss::col_t col, ss::row_t rangeSize) override
    {
        if (inside(row, col) && rangeSize >= 0 && static_cast<long long>(row) + rangeSize < m_size.rows)
            m_inner->fill_down_cells(row, col, rangeSize);
    }
    ss::range_size_t get_sheet_size() const override { return m_size; }

private:
    bool inside(ss::row_t row, ss::col_t col) const
    {
        return row >= 0 && col >= 0 && row < m_size.rows && col < m_size.columns;
    }

    ss::iface::import_sheet* m_inner;
    ss::range_size_t m_size;
    std::unique_ptr<Properties> m_properties;
    std::unique_ptr<Formula> m_formula;
};

XlsxGuard::XlsxGuard(ss::import_factory& inner, ss::range_size_t size)
    : m_inner(inner)
    , m_size(size)
{ }

XlsxGuard::~XlsxGuard() = default;

ss::iface::import_global_settings* XlsxGuard::get_global_settings()
{
    return m_inner.get_global_settings();
}

ss::iface::import_shared_strings* XlsxGuard::get_shared_strings()
{
    return m_inner.get_shared_strings();
}

ss::iface::import_named_expression* XlsxGuard::get_named_expression()
{
    return nullptr; // workbook names: not read
}

ss::iface::import_styles* XlsxGuard::get_styles()
{
    return m_inner.get_styles();
}

ss::iface::import_reference_resolver* XlsxGuard::get_reference_resolver(ss::formula_ref_context_t cxt)
{
    return m_inner.get_reference_resolver(cxt);
}

ss::iface::import_sheet* XlsxGuard::append_sheet(ss::sheet_t index, std::string_view name)
{
    return wrap(m_inner.append_sheet(index, name));
}

ss::iface::import_sheet* XlsxGuard::get_sheet(std::string_view name)
{
    return wrap(m_inner.get_sheet(name));
}

ss::iface::import_sheet* XlsxGuard::get_sheet(ss::sheet_t index)
{
    return wrap(m_inner.get_sheet(index));
}

void XlsxGuard::finalize()
{
    m_inner.finalize();
}

ss::iface::import_sheet* XlsxGuard::wrap(ss::iface::import_sheet* sheet)
{
    if (!sheet)
        return nullptr;
    auto& wrapped = m_sheets[sheet];
    if (!wrapped)
        wrapped = std::make_unique<Sheet>(sheet, m_size);
    return wrapped.get();
}

} // namespace cc::io
