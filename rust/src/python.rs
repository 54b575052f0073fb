//! The Python bindings: `namenorm._core`. Every function here converts at
//! the boundary and calls the pure-Rust core; no logic lives here.

use pyo3::prelude::*;

use crate::text::keys;

/// `namenorm.keys.exact_key`.
#[pyfunction]
fn exact_key(text: &str) -> String {
    keys::exact_key(text)
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(exact_key, m)?)?;
    Ok(())
}
