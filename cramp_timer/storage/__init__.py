"""What is kept on disk: settings, the diary, exports, atomic writes, the folders."""
