
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's856aeb6b2045b0f4': `Your contacts could not be saved or read. Check that this site may store data, then try again.`,
's736157452e7fc7af': `Something went wrong. Please try again.`,
    };
  