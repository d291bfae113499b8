// Once per project: the three tags in React's JSX, with their attributes and events.
/// <reference types="report-concern/types/react" />
