//! The thread pool the core's parallel work runs on, one per process.
//!
//! Rayon's global pool is made once and never again, and its threads do
//! not survive `fork`: a process forked after its parent used the pool
//! (multiprocessing's workers, Spark's Python workers forked from their
//! daemon) would wait forever on work queued for threads it does not have.
//! So the pool is rayon's own, but owned here and made anew in a process
//! that did not make it.

use std::sync::{Arc, Mutex};

use rayon::{ThreadPool, ThreadPoolBuilder};

/// The pool and the process it was made in.
static POOL: Mutex<Option<(u32, Arc<ThreadPool>)>> = Mutex::new(None);

/// Run `op` on this process's pool: parallel iterators inside it use its threads.
pub fn install<R: Send>(op: impl FnOnce() -> R + Send) -> R {
    match pool() {
        Some(pool) => pool.install(op),
        // No thread could be started: rayon's global pool is all there is.
        None => op(),
    }
}

/// This process's pool, made on first use (and again after a fork).
fn pool() -> Option<Arc<ThreadPool>> {
    let process = std::process::id();
    let mut slot = POOL.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((owner, pool)) = slot.as_ref() {
        if *owner == process {
            return Some(pool.clone());
        }
    }
    if let Some((_, inherited)) = slot.take() {
        // Its threads are the parent's: dropping it would signal threads
        // that do not exist here.
        std::mem::forget(inherited);
    }
    let pool = Arc::new(ThreadPoolBuilder::new().build().ok()?);
    *slot = Some((process, pool.clone()));
    Some(pool)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;

    #[test]
    fn work_runs_on_the_pool() {
        let sum: u64 = install(|| (0..1000u64).into_par_iter().sum());
        assert_eq!(sum, 499_500);
        assert!(install(rayon::current_thread_index).is_some());
    }
}
