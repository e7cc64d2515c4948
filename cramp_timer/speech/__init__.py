"""Speech: the Speaker the app talks to, and the worker process with its engines."""
