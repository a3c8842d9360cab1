// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/io/XlsxReader: liborcus's import interface, checked. liborcus 0.17 passes what a
// damaged workbook says straight to its spreadsheet model, which asserts (aborting the program) on a
// column or row outside the sheet, e.g. <col min="p375"> (found by fuzzing). The guard sits between
// the XLSX parser and the model and drops every call that names a cell, column, row or range outside
// the sheet, so such a workbook is read as far as it makes sense or refused, never a crash.
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/import_interface.hpp>

#include <map>
#include <memory>

namespace cc::io {

class XlsxGuard final : public orcus::spreadsheet::iface::import_factory
{
public:
    explicit XlsxGuard(orcus::spreadsheet::import_factory& inner, orcus::spreadsheet::range_size_t size);
    ~XlsxGuard() override;

    orcus::spreadsheet::iface::import_global_settings* get_global_settings() override;
    orcus::spreadsheet::iface::import_shared_strings* get_shared_strings() override;
    orcus::spreadsheet::iface::import_named_expression* get_named_expression() override;
    orcus::spreadsheet::iface::import_styles* get_styles() override;
    orcus::spreadsheet::iface::import_reference_resolver*
    get_reference_resolver(orcus::spreadsheet::formula_ref_context_t cxt) override;
    orcus::spreadsheet::iface::import_sheet* append_sheet(orcus::spreadsheet::sheet_t index,
                                                          std::string_view name) override;
    orcus::spreadsheet::iface::import_sheet* get_sheet(std::string_view name) override;
    orcus::spreadsheet::iface::import_sheet* get_sheet(orcus::spreadsheet::sheet_t index) override;
    void finalize() override;

private:
    class Sheet;
    orcus::spreadsheet::iface::import_sheet* wrap(orcus::spreadsheet::iface::import_sheet* sheet);

    orcus::spreadsheet::import_factory& m_inner;
    orcus::spreadsheet::range_size_t m_size;
    std::map<orcus::spreadsheet::iface::import_sheet*, std::unique_ptr<Sheet>> m_sheets;
};

} // namespace cc::io
