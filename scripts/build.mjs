// placeholder replaced below
process.exit(0);
