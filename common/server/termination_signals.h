// SIGTERM / SIGINT handling without async-signal-safety traps: the signals are
// blocked in every thread and one thread waits for them synchronously.
#pragma once

namespace veilig::server {

// Must run before any thread is started, so that every thread inherits the mask.
void BlockTerminationSignals();

// Blocks until SIGTERM or SIGINT arrives; returns its number.
int WaitForTerminationSignal();

}  // namespace veilig::server
