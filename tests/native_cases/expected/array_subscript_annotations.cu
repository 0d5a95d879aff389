#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Cell_f73d1f55
{
    wp::float32 mass;


    Cell_f73d1f55() = default;
    CUDA_CALLABLE Cell_f73d1f55(wp::float32 const& mass)
        : mass{mass}

    {
    }

    CUDA_CALLABLE Cell_f73d1f55& operator += (const Cell_f73d1f55& rhs)
    {    mass += rhs.mass;

        return *this;}

};

static CUDA_CALLABLE void adj_Cell_f73d1f55(wp::float32 const&,
    wp::float32 & adj_mass,
    Cell_f73d1f55 & adj_ret)
{
    adj_mass += adj_ret.mass;
}

// Required when compiling adjoints.
CUDA_CALLABLE Cell_f73d1f55 add(const Cell_f73d1f55& a, const Cell_f73d1f55& b)
{
    return Cell_f73d1f55();
}

CUDA_CALLABLE void adj_atomic_add(Cell_f73d1f55* p, Cell_f73d1f55 t)
{
    wp::adj_atomic_add(&p->mass, t.mass);
}




// warpsynth/array_subscript_annotations.py:11
static CUDA_CALLABLE wp::float32 total_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def total(a: wp.array[float], n: int) -> float:                                        <L 12>
    // s = float(0.0)                                                                         <L 13>
    var_1 = wp::float(var_0);
    // for i in range(n):                                                                     <L 14>
    var_2 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // s += a[i]                                                                          <L 15>
        var_4 = wp::address(var_a, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_1, var_6);
        wp::assign(var_1, var_5);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 16>
    return var_1;
}


// warpsynth/array_subscript_annotations.py:11
static CUDA_CALLABLE void adj_total_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_n,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::range_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def total(a: wp.array[float], n: int) -> float:                                        <L 12>
    // s = float(0.0)                                                                         <L 13>
    var_1 = wp::float(var_0);
    // for i in range(n):                                                                     <L 14>
    var_2 = wp::range(var_n);
    // return s                                                                               <L 16>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return s                                                                          <L 16>
    var_2 = wp::iter_reverse(var_2);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
        // s += a[i]                                                                          <L 15>
        var_4 = wp::address(var_a, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_1, var_6);
        wp::assign(var_1, var_5);
        wp::adj_assign(var_1, var_5, adj_1, adj_5);
        wp::adj_add(var_1, var_6, adj_1, adj_4, adj_5);
        wp::adj_address(var_a, var_3, adj_a, adj_3, adj_4);
        // adj: s += a[i]                                                                     <L 15>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(n):                                                                <L 14>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 13>
    // adj: def total(a: wp.array[float], n: int) -> float:                                   <L 12>
    return;
}



extern "C" __global__ void k_d28f0805_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::float32> var_g,
    wp::array_t<Cell_f73d1f55> var_c,
    wp::array_t<wp::int32> var_q)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 3;
        wp::float32 var_2;
        wp::vec_t<3, wp::float32>* var_3;
        const wp::int32 var_4 = 1;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::mat_t<2, 2, wp::float32>* var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::mat_t<2, 2, wp::float32> var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        Cell_f73d1f55* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        wp::int32* var_27;
        wp::float32 var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        //---------
        // forward
        // def k(                                                                                 <L 20>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // a[i] = total(a, 3) + v[i][1] + m[i, 0][1, 1] + g[i, 0, 0] + c[i].mass + float(q[i, 0, 0, 0])       <L 29>
        var_2 = total_0(var_a, var_1);
        var_3 = wp::address(var_v, var_0);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::add(var_2, var_5);
        var_9 = wp::address(var_m, var_0, var_8);
        var_13 = wp::load(var_9);
        var_12 = wp::extract(var_13, var_10, var_11);
        var_14 = wp::add(var_7, var_12);
        var_17 = wp::address(var_g, var_0, var_15, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::add(var_14, var_19);
        var_20 = wp::address(var_c, var_0);
        var_21 = &(((*wp::address(var_c, var_0))).mass);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_18, var_23);
        var_27 = wp::address(var_q, var_0, var_24, var_25, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::float(var_29);
        var_30 = wp::add(var_22, var_28);
        wp::array_store(var_a, var_0, var_30);
    }
}



extern "C" __global__ void k_d28f0805_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::float32> var_g,
    wp::array_t<Cell_f73d1f55> var_c,
    wp::array_t<wp::int32> var_q,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m,
    wp::array_t<wp::float32> adj_g,
    wp::array_t<Cell_f73d1f55> adj_c,
    wp::array_t<wp::int32> adj_q)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 3;
        wp::float32 var_2;
        wp::vec_t<3, wp::float32>* var_3;
        const wp::int32 var_4 = 1;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::mat_t<2, 2, wp::float32>* var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::mat_t<2, 2, wp::float32> var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        Cell_f73d1f55* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        wp::int32* var_27;
        wp::float32 var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::mat_t<2, 2, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::mat_t<2, 2, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        Cell_f73d1f55 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        //---------
        // forward
        // def k(                                                                                 <L 20>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // a[i] = total(a, 3) + v[i][1] + m[i, 0][1, 1] + g[i, 0, 0] + c[i].mass + float(q[i, 0, 0, 0])       <L 29>
        var_2 = total_0(var_a, var_1);
        var_3 = wp::address(var_v, var_0);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::add(var_2, var_5);
        var_9 = wp::address(var_m, var_0, var_8);
        var_13 = wp::load(var_9);
        var_12 = wp::extract(var_13, var_10, var_11);
        var_14 = wp::add(var_7, var_12);
        var_17 = wp::address(var_g, var_0, var_15, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::add(var_14, var_19);
        var_20 = wp::address(var_c, var_0);
        var_21 = &(((*wp::address(var_c, var_0))).mass);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_18, var_23);
        var_27 = wp::address(var_q, var_0, var_24, var_25, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::float(var_29);
        var_30 = wp::add(var_22, var_28);
        // wp::array_store(var_a, var_0, var_30);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_30, adj_a, adj_0, adj_30);
        wp::adj_add(var_22, var_28, adj_22, adj_28, adj_30);
        wp::adj_float(var_29, adj_27, adj_28);
        wp::adj_address(var_q, var_0, var_24, var_25, var_26, adj_q, adj_0, adj_24, adj_25, adj_26, adj_27);
        wp::adj_add(var_18, var_23, adj_18, adj_21, adj_22);
        adj_20.mass += adj_21;
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_20);
        wp::adj_add(var_14, var_19, adj_14, adj_17, adj_18);
        wp::adj_address(var_g, var_0, var_15, var_16, adj_g, adj_0, adj_15, adj_16, adj_17);
        wp::adj_add(var_7, var_12, adj_7, adj_12, adj_14);
        wp::adj_extract(var_13, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
        wp::adj_address(var_m, var_0, var_8, adj_m, adj_0, adj_8, adj_9);
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
        wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_3);
        adj_total_0(var_a, var_1, adj_a, adj_1, adj_2);
        // adj: a[i] = total(a, 3) + v[i][1] + m[i, 0][1, 1] + g[i, 0, 0] + c[i].mass + float(q[i, 0, 0, 0])  <L 29>
        // adj: i = wp.tid()                                                                      <L 28>
        // adj: def k(                                                                            <L 20>
        continue;
    }
}

