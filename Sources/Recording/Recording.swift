// Recording: .gmprec files, playback, exports. See docs/recordings.md.
